import type { WireAvatar } from '@avatar-picker/mock-api';
import type { FakeApi } from './support/fake-api';
import {
  avatarGrid,
  characterButton,
  favoriteToggle,
  inlinePicker,
  searchBox,
  tileFavorite,
} from './support/picker-page';
import { expect, test } from './support/test';

/** An owned character that is not a favorite yet and whose name no other avatar shares. */
async function chooseUnfavoritedCharacter(fake: FakeApi): Promise<WireAvatar> {
  const characters = await fake.characters();
  const names = [...characters, ...(await fake.publicAvatars())].map(({ name }) => name);
  const character = characters.find(
    (candidate) =>
      candidate.is_favorite === 0 && names.filter((name) => name === candidate.name).length === 1,
  );
  if (character === undefined) throw new Error('The fake has no unfavorited character to use.');
  return character;
}

/** An unfavorited character with a unique name and looks, none of them a favorite yet. */
async function chooseCharacterWithPlainLooks(fake: FakeApi) {
  const characters = await fake.characters();
  const names = [...characters, ...(await fake.publicAvatars())].map(({ name }) => name);
  for (const character of characters) {
    if (character.is_favorite === 1) continue;
    if (names.filter((name) => name === character.name).length !== 1) continue;
    const looks = await fake.looks(character.avatar_id);
    const starred = looks.at(-1);
    if (starred !== undefined && looks.every((look) => look.is_favorite === 0)) {
      return { character, starred };
    }
  }
  throw new Error('The fake has no unfavorited character whose looks are all unstarred.');
}

async function isFavoriteOnServer(fake: FakeApi, id: string): Promise<boolean> {
  const character = (await fake.characters()).find(({ avatar_id }) => avatar_id === id);
  return character?.is_favorite === 1;
}

test('a favorite is saved on the server and survives a reload', async ({ page, fake }) => {
  const character = await chooseUnfavoritedCharacter(fake);
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  const toggle = favoriteToggle(picker, character.name);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  const saved = page.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.ok(),
  );
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await saved;
  await expect(picker.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    `Added ${character.name} to favorites`,
  );
  expect(await isFavoriteOnServer(fake, character.avatar_id)).toBe(true);

  await page.reload();
  await searchBox(picker).fill(character.name);
  await expect(favoriteToggle(picker, character.name)).toHaveAttribute('aria-pressed', 'true');
});

test('a favorite the server refuses rolls back and says so', async ({ page, fake }) => {
  const character = await chooseUnfavoritedCharacter(fake);
  await fake.addFault({ route: 'update', status: 500 });
  // The refusal is held back until the optimistic state was seen: a fixed delay lost that race
  // whenever a loaded CI machine started the assertion after the response had arrived.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname.endsWith(`/v1/avatars/${character.avatar_id}`),
    async (route) => {
      if (route.request().method() === 'PUT') await held;
      await route.continue();
    },
  );
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  const toggle = favoriteToggle(picker, character.name);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  release();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(picker.getByRole('status').filter({ hasText: 'Could not' })).toHaveText(
    `Could not update favorite for ${character.name}`,
  );
  expect(await isFavoriteOnServer(fake, character.avatar_id)).toBe(false);
});

test('a starred look brings its character into Favorites, the look first inside', async ({
  page,
  fake,
}) => {
  const { character, starred } = await chooseCharacterWithPlainLooks(fake);
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  const grid = avatarGrid(picker);
  await characterButton(grid, character.name).click();
  // By id: looks of one character may share a name.
  await tileFavorite(grid.locator(`[data-ap-cell-key="${starred.avatar_id}"]`)).click();
  await expect(picker.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    `Added ${starred.name} to favorites`,
  );

  await picker.getByRole('radio', { name: 'Favorites' }).click();
  const button = characterButton(grid, character.name);
  await expect(button).toBeVisible();
  await expect(favoriteToggle(grid, character.name)).toHaveAttribute('aria-pressed', 'false');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(grid.locator('[data-ap-look]').first()).toHaveAttribute(
    'data-ap-cell-key',
    starred.avatar_id,
  );
});
