import type { WireAvatar } from '@avatar-picker/mock-api';
import type { FakeApi } from './support/fake-api';
import {
  avatarGrid,
  characterButton,
  inlinePicker,
  searchBox,
  selectedLookOutput,
} from './support/picker-page';
import { expect, test } from './support/test';

/** `?lock=even` in the demo app: looks with an even-length name need the "Pro plan". */
const isLocked = (look: WireAvatar) => look.name.length % 2 === 0;

/** A character with a unique name holding an active look the rule locks. */
async function chooseLockedLook(fake: FakeApi) {
  const characters = await fake.characters();
  const names = [...characters, ...(await fake.publicAvatars())].map(({ name }) => name);
  for (const character of characters) {
    if (names.filter((name) => name === character.name).length !== 1) continue;
    const look = (await fake.looks(character.avatar_id)).find(
      (candidate) => candidate.active !== 0 && isLocked(candidate),
    );
    if (look !== undefined) return { character, look };
  }
  throw new Error('The fake has no active look with an even-length name.');
}

test('a locked look is not picked by mouse, keyboard or a saved value', async ({ page, fake }) => {
  const { character, look } = await chooseLockedLook(fake);
  await page.goto(`/?lock=even&value=${look.avatar_id}`);
  const picker = inlinePicker(page);
  const grid = avatarGrid(picker);
  await searchBox(picker).fill(character.name);
  await characterButton(grid, character.name).click();

  const cell = grid.locator(`[data-ap-cell-key="${look.avatar_id}"]`);
  await expect(cell).toHaveAccessibleName(`${look.name} Pro plan`);
  await expect(cell).toHaveAttribute('aria-disabled', 'true');
  // The saved value held a locked look: once the look is known it is no value at all.
  await expect(cell).toHaveAttribute('aria-selected', 'false');
  await expect(picker.locator('input[type="hidden"][name="lookId"]')).toHaveValue('');

  // Forced: Playwright would wait forever for an aria-disabled cell to become enabled.
  await cell.click({ force: true });
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(cell).toHaveAttribute('aria-selected', 'false');
  await expect(selectedLookOutput(page)).toHaveText(`Selected look id: ${look.avatar_id}`);
  await expect(picker.locator('input[type="hidden"][name="lookId"]')).toHaveValue('');
});
