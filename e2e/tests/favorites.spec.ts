import type { WireAvatar } from '@avatar-picker/mock-api';
import type { FakeApi } from './support/fake-api';
import { favoriteToggle, inlinePicker, searchBox } from './support/picker-page';
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
  // The delay keeps the optimistic state on screen long enough to be seen before the rollback.
  await fake.addFault({ route: 'update', status: 500, latencyMs: 800 });
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  const toggle = favoriteToggle(picker, character.name);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(picker.getByRole('status').filter({ hasText: 'Could not' })).toHaveText(
    `Could not update favorite for ${character.name}`,
  );
  expect(await isFavoriteOnServer(fake, character.avatar_id)).toBe(false);
});
