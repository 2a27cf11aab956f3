import type { Page } from '@playwright/test';
import {
  avatarGrid,
  inlinePicker,
  loadedLooksRow,
  openInlineGrid,
  parkPointer,
} from './support/picker-page';
import { expect, test } from './support/test';

/** Images decode asynchronously; a screenshot taken before they do would differ run to run. */
async function imagesLoaded(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => [...document.images].every((image) => image.complete)))
    .toBe(true);
}

async function expandFirstCharacter(page: Page) {
  const grid = avatarGrid(inlinePicker(page));
  await grid.getByRole('button', { expanded: false }).first().click();
  await expect(loadedLooksRow(grid)).toBeVisible();
  await parkPointer(page);
  // The click leaves a focus ring; screenshots show the resting state.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await imagesLoaded(page);
}

test('grid', async ({ page }) => {
  await openInlineGrid(page);
  await parkPointer(page);
  await imagesLoaded(page);
  await expect(inlinePicker(page)).toHaveScreenshot('grid.png');
});

test('expanded character', async ({ page }) => {
  await openInlineGrid(page);
  await expandFirstCharacter(page);
  await expect(inlinePicker(page)).toHaveScreenshot('expanded.png', {
    mask: [page.locator('video')],
  });
});

test('dialog', async ({ page }) => {
  await openInlineGrid(page);
  await page.getByRole('button', { name: 'Choose an avatar', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(avatarGrid(dialog).getByRole('gridcell').first()).toBeVisible();
  await parkPointer(page);
  await imagesLoaded(page);
  await expect(page).toHaveScreenshot('dialog.png', { mask: [page.locator('video')] });
});

test('dark theme, expanded', async ({ page }) => {
  await openInlineGrid(page, '/?theme=dark');
  await expandFirstCharacter(page);
  await expect(page).toHaveScreenshot('dark-expanded.png', { mask: [page.locator('video')] });
});
