import { activeLook, chooseLook } from './support/choose-avatars';
import {
  avatarGrid,
  characterButton,
  inlinePicker,
  lookCell,
  PICKED_LOOK_OUTPUT,
  searchBox,
  selectedLookOutput,
} from './support/picker-page';
import { expect, test } from './support/test';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('without styles.css the tiles do not overlap and the dialog is centred over an overlay', async ({
  page,
  fake,
}) => {
  const { character, look } = await chooseLook(fake, activeLook);
  await page.goto('/?app=unstyled');
  const picker = inlinePicker(page);
  const grid = avatarGrid(picker);
  await expect(grid.getByRole('gridcell').first()).toBeVisible();
  // No theme: not one custom property of styles.css reaches the page.
  expect(
    await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--ap-accent'),
    ),
  ).toBe('');

  await searchBox(picker).fill(character.name);
  await characterButton(grid, character.name).click();
  await expect(lookCell(grid, look.name)).toBeVisible();
  const cells = await grid.getByRole('gridcell').evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
  expect(cells.length).toBeGreaterThan(1);
  for (const [index, cell] of cells.entries()) {
    expect(cell.width).toBeGreaterThan(0);
    for (const other of cells.slice(index + 1)) expect(overlaps(cell, other)).toBe(false);
  }
  await lookCell(grid, look.name).click();
  await expect(selectedLookOutput(page)).toHaveText(PICKED_LOOK_OUTPUT);

  await page.getByRole('region', { name: 'In a dialog' }).getByRole('button').click();
  const dialog = page.getByRole('dialog', { name: 'Choose an avatar' });
  await expect(avatarGrid(dialog).getByRole('gridcell').first()).toBeVisible();
  const box = await dialog.boundingBox();
  const viewport = page.viewportSize();
  if (box === null || viewport === null) throw new Error('the dialog has no box');
  expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThanOrEqual(2);
  expect(Math.abs(box.y + box.height / 2 - viewport.height / 2)).toBeLessThanOrEqual(2);
  const overlay = page.locator('[data-ap-dialog-overlay]');
  expect(await overlay.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
  expect(await overlay.boundingBox()).toEqual({ x: 0, y: 0, ...viewport });
});
