import { activeLook, chooseLook } from './support/choose-avatars';
import {
  avatarGrid,
  characterButton,
  lookCell,
  PICKED_LOOK_OUTPUT,
  selectedLookOutput,
} from './support/picker-page';
import { expect, test } from './support/test';

test('a picker built from parts: own trigger, dialog parts, toolbar search and custom tiles', async ({
  page,
  fake,
}) => {
  const { character, look } = await chooseLook(fake, activeLook);
  await page.goto('/?app=parts');
  const trigger = page.getByRole('button', { name: 'Change avatar', exact: true });
  await trigger.click();

  const dialog = page.getByRole('dialog', { name: 'Choose an avatar' });
  const search = dialog
    .getByRole('toolbar', { name: 'Find an avatar' })
    .getByRole('searchbox', { name: 'Search avatars' });
  await search.fill(character.name);
  const grid = avatarGrid(dialog);
  await expect(characterButton(grid, character.name)).toBeVisible();
  // ArrowDown goes from the search box to the grid's tab stop, the first match.
  await search.press('ArrowDown');
  await expect(grid.locator('[data-ap-character-trigger]').first()).toBeFocused();

  await characterButton(grid, character.name).click();
  const cell = lookCell(grid, look.name);
  await expect(cell).toHaveClass(/look-card/);
  await cell.click();

  await expect(dialog).toBeHidden();
  await expect(selectedLookOutput(page)).toHaveText(PICKED_LOOK_OUTPUT);
  await expect(selectedLookOutput(page)).toHaveText(`Selected look id: ${look.avatar_id}`);
  await expect(trigger).toBeFocused();
});
