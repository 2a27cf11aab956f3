import type { Locator, Page } from '@playwright/test';
import {
  avatarGrid,
  inlinePicker,
  loadedLooksRow,
  PICKED_LOOK_OUTPUT,
  selectedLookOutput,
} from './support/picker-page';
import { expect, test } from './support/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MAX_TABS = 12;

async function hasFocusWithin(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element.contains(document.activeElement));
}

/** Presses Tab, as a keyboard user would, until focus lands inside `target`. */
async function tabInto(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    if (await hasFocusWithin(target)) return;
  }
  throw new Error(`Focus did not reach the target within ${MAX_TABS} Tab presses.`);
}

/**
 * From the grid's tab stop: open the focused character, step down into its looks and pick the
 * first available one, using keys only. Returns the picked look's name.
 */
async function pickFirstAvailableLook(page: Page, scope: Locator): Promise<string> {
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('aria-expanded', 'true');
  await expect(loadedLooksRow(scope)).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAttribute('role', 'gridcell');
  while ((await focused.getAttribute('aria-disabled')) === 'true') {
    const before = await focused.getAttribute('data-ap-cell-key');
    await page.keyboard.press('ArrowRight');
    expect(await focused.getAttribute('data-ap-cell-key'), 'no available look').not.toBe(before);
  }
  const name = (await focused.locator('[data-ap-name]').textContent()) ?? '';
  await page.keyboard.press('Enter');
  return name;
}

test('a look can be picked inline with the keyboard only', async ({ page }) => {
  await page.goto('/');
  const picker = inlinePicker(page);
  const grid = avatarGrid(picker);
  await expect(grid).toBeVisible();

  await tabInto(page, grid);
  await pickFirstAvailableLook(page, picker);

  await expect(selectedLookOutput(page)).toHaveText(PICKED_LOOK_OUTPUT);
  await expect(page.locator(':focus')).toHaveAttribute('aria-selected', 'true');
});

test('a look can be picked in the dialog with the keyboard only; focus returns to the trigger', async ({
  page,
}) => {
  await page.goto('/');
  const trigger = page.getByRole('button', { name: 'Choose an avatar', exact: true });
  await expect(avatarGrid(inlinePicker(page))).toBeVisible();

  await tabInto(page, trigger);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const grid = avatarGrid(dialog);
  await expect(grid).toBeVisible();

  await tabInto(page, grid);
  const lookName = await pickFirstAvailableLook(page, dialog);

  await expect(dialog).toBeHidden();
  // The trigger names the character too: several characters have a look of the same name.
  const chosen = page.getByRole('button', {
    name: new RegExp(`^Avatar: .+ · ${escapeRegExp(lookName)}$`),
  });
  await expect(chosen).toBeFocused();
  await expect(selectedLookOutput(page)).toHaveText(PICKED_LOOK_OUTPUT);
});
