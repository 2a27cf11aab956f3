import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { avatarGrid, loadedLooksRow, openInlineGrid } from './support/picker-page';
import { expect, test } from './support/test';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter(({ impact }) => impact != null && BLOCKING_IMPACTS.has(impact))
    .map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.slice(0, 3).map(({ target }) => target.join(' ')),
      nodeCount: nodes.length,
    }));
}

test('the grid has no serious or critical axe violations', async ({ page }) => {
  await openInlineGrid(page);
  expect(await blockingViolations(page)).toEqual([]);
});

test('an expanded character has no serious or critical axe violations', async ({ page }) => {
  const grid = await openInlineGrid(page);
  await grid.getByRole('button', { expanded: false }).first().click();
  await expect(loadedLooksRow(grid)).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});

test('the dialog has no serious or critical axe violations', async ({ page }) => {
  await openInlineGrid(page);
  await page.getByRole('button', { name: 'Choose an avatar', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(avatarGrid(dialog).getByRole('gridcell').first()).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});

test('the dark theme has no serious or critical axe violations', async ({ page }) => {
  const grid = await openInlineGrid(page, '/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await grid.getByRole('button', { expanded: false }).first().click();
  await expect(loadedLooksRow(grid)).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});
