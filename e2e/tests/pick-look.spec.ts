import { activeLook, chooseLook, inactiveLook } from './support/choose-avatars';
import {
  characterButton,
  inlinePicker,
  loadedLooksRow,
  lookCell,
  PICKED_LOOK_OUTPUT,
  searchBox,
  selectedLookOutput,
} from './support/picker-page';
import { expect, test } from './support/test';

test('picking a look with the mouse outputs that look id, never a character id', async ({
  page,
  fake,
}) => {
  const { character, look } = await chooseLook(fake, activeLook);
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  await characterButton(picker, character.name).click();

  await expect(characterButton(picker, character.name)).toHaveAttribute('aria-expanded', 'true');
  // Opening a character is not a choice: only a look can become the value.
  await expect(selectedLookOutput(page)).toHaveText('Selected look id: none');

  await expect(loadedLooksRow(picker)).toBeVisible();
  const cell = lookCell(picker, look.name);
  await cell.click();
  await expect(cell).toHaveAttribute('aria-selected', 'true');
  await expect(selectedLookOutput(page)).toHaveText(PICKED_LOOK_OUTPUT);

  const lookId = PICKED_LOOK_OUTPUT.exec((await selectedLookOutput(page).textContent()) ?? '')?.[1];
  expect(lookId).toBe(look.avatar_id);
  const avatar = await fake.findAvatar(lookId ?? '');
  expect(avatar?.parent_id).toBe(character.avatar_id);
});

test('an unavailable look says why and cannot be picked', async ({ page, fake }) => {
  const { character, look } = await chooseLook(fake, inactiveLook);
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  await characterButton(picker, character.name).click();

  // The reason is part of the cell's name, so a screen reader says why it cannot be picked.
  const cell = lookCell(picker, `${look.name} Unavailable`);
  await expect(cell).toHaveAttribute('aria-disabled', 'true');
  await expect(cell).toContainText('Unavailable');
  // Forced: Playwright would wait forever for an aria-disabled cell to become enabled.
  await cell.click({ force: true });
  await expect(cell).toHaveAttribute('aria-selected', 'false');
  await expect(selectedLookOutput(page)).toHaveText('Selected look id: none');
});
