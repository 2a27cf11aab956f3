import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  avatarGrid,
  inlinePicker,
  loadedLooksRow,
  openInlineGrid,
  parkPointer,
} from './support/picker-page';
import { expect, test } from './support/test';

/*
 * The README's picture of the picker. The `readme` project of playwright.config.ts maps this
 * spec's screenshot to docs/picker.png, so CI compares the committed image and fails when the
 * picker drifts from it. `UPDATE_README_SCREENSHOT=1` writes the image instead.
 */
const README_IMAGE = fileURLToPath(new URL('../../docs/picker.png', import.meta.url));

/** Images decode asynchronously; a screenshot taken before they do would differ run to run. */
async function imagesLoaded(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => [...document.images].every((image) => image.complete)))
    .toBe(true);
}

test('the inline picker with one character open', async ({ page }) => {
  await openInlineGrid(page);
  const picker = inlinePicker(page);
  const grid = avatarGrid(picker);
  await grid.getByRole('button', { expanded: false }).first().click();
  await expect(loadedLooksRow(grid)).toBeVisible();
  await parkPointer(page);
  // The click leaves a focus ring; the picture shows the picker at rest.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await imagesLoaded(page);
  // The preview clip's frame depends on timing, so it is masked in both modes alike.
  const options = {
    animations: 'disabled' as const,
    caret: 'hide' as const,
    mask: [page.locator('video')],
  };
  if (process.env.UPDATE_README_SCREENSHOT === '1') {
    await picker.screenshot({ ...options, path: README_IMAGE });
    return;
  }
  await expect(picker).toHaveScreenshot('picker.png', options);
});
