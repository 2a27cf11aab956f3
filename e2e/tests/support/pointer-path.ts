import type { Page } from '@playwright/test';

export interface PointerVisit {
  /** `data-ap-cell-key` of the tile under the pointer (an avatar id), or null off the tiles. */
  key: string | null;
  /** How long the pointer stayed, as the page itself measured it. */
  dwellMs: number;
}

type PathWindow = Window & { __pointerPath?: { key: string | null; at: number }[] };

/**
 * Records, inside the page, which tile the pointer enters and when. The page's own clock is
 * what decides whether a hover lasted past the intent delay; how long the test runner took to
 * send each move says little on a busy machine.
 */
export async function recordPointerPath(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const path: { key: string | null; at: number }[] = [];
    (window as PathWindow).__pointerPath = path;
    document.addEventListener(
      'pointerover',
      (event) => {
        const cell =
          event.target instanceof Element
            ? event.target.closest<HTMLElement>('[data-ap-cell-key]')
            : null;
        const key = cell?.dataset.apCellKey ?? null;
        if (path.at(-1)?.key !== key) path.push({ key, at: performance.now() });
      },
      true,
    );
  });
}

export async function clearPointerPath(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as PathWindow).__pointerPath?.splice(0);
  });
}

/** The visits since the last clear; the last one (where the pointer still is) is left out. */
export async function readPointerPath(page: Page): Promise<PointerVisit[]> {
  const path = await page.evaluate(() => (window as PathWindow).__pointerPath ?? []);
  return path.slice(0, -1).map((visit, index) => ({
    key: visit.key,
    dwellMs: (path[index + 1]?.at ?? visit.at) - visit.at,
  }));
}
