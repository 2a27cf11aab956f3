import type { Page } from '@playwright/test';
import type { FakeApi } from './support/fake-api';
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

/**
 * Every tile state at once, light, dark and in forced colors: the chosen look (`?value=`), the
 * character holding it, its open looks, locked ones (`?lock=even`), favorites and a focus ring.
 */
async function showEveryState(page: Page, fake: FakeApi, query: string) {
  const [character] = await fake.characters();
  if (character === undefined) throw new Error('The fake has no characters');
  const looks = await fake.looks(character.avatar_id);
  // An odd-length name: `?lock=even` leaves it pickable, so it can be the value.
  const chosen = looks.find((look) => look.active !== 0 && look.name.length % 2 === 1);
  if (chosen === undefined) throw new Error('The first character has no pickable look');
  await openInlineGrid(page, `/?lock=even&value=${chosen.avatar_id}&${query}`);
  const grid = avatarGrid(inlinePicker(page));
  await grid.getByRole('button', { name: character.name, exact: true }).click();
  await expect(loadedLooksRow(grid)).toBeVisible();
  await parkPointer(page);
  await page.keyboard.press('ArrowDown');
  await imagesLoaded(page);
}

for (const [name, query, forcedColors] of [
  ['states', 'theme=light', 'none'],
  ['states-dark', 'theme=dark', 'none'],
  ['states-forced-colors', 'theme=light', 'active'],
] as const) {
  test(`every tile state: ${name}`, async ({ page, fake }) => {
    await page.emulateMedia({ forcedColors });
    await showEveryState(page, fake, query);
    await expect(inlinePicker(page)).toHaveScreenshot(`${name}.png`, {
      mask: [page.locator('video')],
    });
  });
}
