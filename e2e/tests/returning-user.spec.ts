import type { WireAvatar } from '@avatar-picker/mock-api';
import type { FakeApi } from './support/fake-api';
import {
  avatarGrid,
  characterButton,
  favoriteToggle,
  inlinePicker,
  searchBox,
  selectedLookOutput,
} from './support/picker-page';
import { expect, test } from './support/test';

/** An owned character whose name no other avatar shares, with an active look. */
async function chooseCharacter(
  fake: FakeApi,
  pick: (characters: WireAvatar[]) => WireAvatar[],
): Promise<{ character: WireAvatar; look: WireAvatar }> {
  const characters = await fake.characters();
  const names = [...characters, ...(await fake.publicAvatars())].map(({ name }) => name);
  for (const character of pick(characters)) {
    if (names.filter((name) => name === character.name).length !== 1) continue;
    const look = (await fake.looks(character.avatar_id)).find((item) => item.active !== 0);
    if (look !== undefined) return { character, look };
  }
  throw new Error('The fake has no uniquely named character with an active look.');
}

test('a saved look of a character far down the list is named and shown after a reload', async ({
  page,
  fake,
}) => {
  // The account's oldest characters: the bottom of the list, never opened in this page.
  const { character, look } = await chooseCharacter(fake, (characters) => characters.reverse());
  await page.goto(`/?value=${look.avatar_id}`);
  await page.reload();

  await expect(
    page.getByRole('button', { name: `Avatar: ${character.name} · ${look.name}`, exact: true }),
  ).toBeVisible();
  const picker = inlinePicker(page);
  const grid = avatarGrid(picker);
  await grid.scrollIntoViewIfNeeded();
  const holder = characterButton(grid, character.name);
  // Scrolled into the grid's view by the picker, not by the test.
  await expect(holder).toBeInViewport();
  await expect(holder).toHaveAccessibleDescription(/Holds your chosen look/);
  await expect(grid.locator('[data-has-selection]')).toHaveCount(1);
  await expect(picker.locator('input[type="hidden"][name="lookId"]')).toHaveValue(look.avatar_id);
});

test('a saved look that no longer exists empties the value and says so', async ({ page }) => {
  await page.goto('/?value=avat_01ZZZZZZZZZZZZZZZZZZZZZZZZ');
  const picker = inlinePicker(page);
  const note = 'Your saved avatar is no longer available. Choose another one.';
  // Only after the looks of every public character (89 here, 4 requests at a time) were read can
  // the picker say an id is gone: seconds on a loaded CI machine, past the default 5 s.
  await expect(picker.getByRole('paragraph').filter({ hasText: note })).toBeVisible({
    timeout: 20_000,
  });
  await expect(picker.getByRole('status').filter({ hasText: note })).toHaveCount(1);
  await expect(picker.locator('input[type="hidden"][name="lookId"]')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Choose an avatar', exact: true })).toBeVisible();
});

test('a picked look leads "Recently used" after a reload, and one Enter picks it again', async ({
  page,
  fake,
}) => {
  const { character, look } = await chooseCharacter(fake, (characters) => characters);
  await page.goto('/');
  const picker = inlinePicker(page);
  const grid = avatarGrid(picker);
  await searchBox(picker).fill(character.name);
  await characterButton(grid, character.name).click();
  await grid.locator(`[data-ap-cell-key="${look.avatar_id}"]`).click();
  await expect(selectedLookOutput(page)).toHaveText(`Selected look id: ${look.avatar_id}`);

  // The demo app keeps its value in memory only: after the reload nothing is chosen.
  await page.reload();
  await expect(selectedLookOutput(page)).toHaveText('Selected look id: none');
  const recent = grid.getByRole('row', { name: 'Recently used' }).getByRole('gridcell').first();
  await expect(recent).toHaveAttribute('data-ap-cell-key', `recent:${look.avatar_id}`);
  await expect(recent).toHaveAccessibleName(new RegExp(look.name));

  // The keyboard way in: from the last toolbar control, Tab lands on the grid's first cell.
  await picker.getByRole('combobox', { name: 'Sort' }).focus();
  await page.keyboard.press('Tab');
  await expect(recent).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(selectedLookOutput(page)).toHaveText(`Selected look id: ${look.avatar_id}`);
});

test('a favorite toggled offline is pending, then saved and announced on reconnect', async ({
  page,
  context,
  fake,
}) => {
  const { character } = await chooseCharacter(fake, (characters) =>
    characters.filter((candidate) => candidate.is_favorite === 0),
  );
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  const toggle = favoriteToggle(picker, character.name);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await context.setOffline(true);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAttribute('data-pending', '');
  await expect(toggle).toHaveAttribute('aria-busy', 'true');
  await expect(picker.getByRole('status').filter({ hasText: 'connection' })).toHaveText(
    `${character.name} will be added to favorites when the connection returns`,
  );
  const isFavorite = async () =>
    (await fake.characters()).find(({ avatar_id }) => avatar_id === character.avatar_id)
      ?.is_favorite;
  expect(await isFavorite()).toBe(0);

  const saved = page.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.ok(),
  );
  await context.setOffline(false);
  await saved;
  await expect(toggle).not.toHaveAttribute('data-pending');
  await expect(toggle).not.toHaveAttribute('aria-busy');
  await expect(picker.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    `Added ${character.name} to favorites`,
  );
  expect(await isFavorite()).toBe(1);
});
