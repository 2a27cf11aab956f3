import { expect, type Locator, type Page } from '@playwright/test';

type Scope = Page | Locator;

/** The inline picker's section of the demo app (the dialog's picker lives in a portal). */
export const inlinePicker = (page: Page): Locator => page.getByRole('region', { name: 'Inline' });

export const avatarGrid = (scope: Scope): Locator =>
  scope.getByRole('grid', { name: 'Avatars', exact: true });

export const searchBox = (scope: Scope): Locator =>
  scope.getByRole('searchbox', { name: 'Search avatars' });

/** A character's expand button: its accessible name is exactly the character's name. */
export const characterButton = (scope: Scope, name: string): Locator =>
  scope.getByRole('button', { name, exact: true });

export const lookCell = (scope: Scope, name: string): Locator =>
  scope.getByRole('gridcell', { name, exact: true });

/** A tile's star: named only "Favorite", as the tile around it says whose it is. */
export const tileFavorite = (tile: Locator): Locator =>
  tile.getByRole('button', { name: 'Favorite', exact: true });

/**
 * The star of the tile holding exactly `name`: a character tile around its button of that name,
 * or a look tile, a grid cell of that name. Exact, as a name can be the start of another one.
 */
export const favoriteToggle = (scope: Scope, name: string): Locator =>
  tileFavorite(
    characterButton(scope, name)
      .locator('xpath=ancestor::*[@data-ap-cell][1]')
      .or(lookCell(scope, name)),
  );

/** The expanded character's (first) looks row once its looks have loaded; many looks wrap. */
export const loadedLooksRow = (scope: Scope): Locator =>
  scope.locator('[data-ap-row="looks"][data-state="ready"]').first();

export const selectedLookOutput = (page: Page): Locator => page.getByTestId('selected-look-id');

/** Parks the pointer in the page's top corner, away from every tile (and above any overlay). */
export async function parkPointer(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
}

/** What the demo app shows once a look is picked: a look id and nothing else. */
export const PICKED_LOOK_OUTPUT = /^Selected look id: (avat_[0-9A-HJKMNP-TV-Z]{26})$/;

/** Opens the app and waits for the inline picker's first tiles. */
export async function openInlineGrid(page: Page, path = '/'): Promise<Locator> {
  await page.goto(path);
  const grid = avatarGrid(inlinePicker(page));
  await expect(grid.getByRole('gridcell').first()).toBeVisible();
  return grid;
}
