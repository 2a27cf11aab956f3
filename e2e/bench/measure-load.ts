import type { Browser, Page } from 'playwright';
import { type LoadMetrics, percentile } from './bench-metrics';

export type PageRenderer = 'picker' | 'aria' | 'naive' | 'floor';

export const SELECTORS: Record<PageRenderer, { open: string; looks: string; favorite: string }> = {
  picker: {
    open: '[data-ap-character-trigger]',
    looks: '[data-ap-look]',
    favorite: '[data-ap-character] [data-ap-favorite]',
  },
  aria: {
    open: '[data-bench-tile]:not([data-bench-look]) [data-bench-name]',
    looks: '[data-bench-look]',
    favorite: '[data-bench-favorite]',
  },
  naive: {
    open: '[data-bench-tile]:not([data-bench-look]) [data-bench-name]',
    looks: '[data-bench-look]',
    favorite: '[data-bench-favorite]',
  },
  floor: {
    open: '[data-bench-tile]:not([data-bench-look]) [data-bench-name]',
    looks: '[data-bench-look]',
    favorite: '[data-bench-favorite]',
  },
};

/**
 * The naive grid re-renders every tile per key (about 0.5 s at 10,000): 40 presses would take the
 * run past its time budget, and 10 already show its p75.
 */
const ARROW_PRESSES: Record<PageRenderer, number> = { picker: 40, aria: 40, naive: 10, floor: 40 };
const COUNTED_PRESSES = 4;
const SCROLL_MS = 3_000;
const SETTLE_MS = 250;
const SWEEP_TILES = 20;
const SWEEP_STEP_MS = 50;
const HOVER_REST_MS = 400;
const MIB = 1024 * 1024;

// Inside page.evaluate, `window.bench` is the API src/bench-harness.ts installs in the page.

const isVideo = (url: string) => url.includes('/media/video/');
const isLooks = (url: string) => url.includes('parent_id=');

async function settle(page: Page, ms = SETTLE_MS): Promise<number> {
  return page.evaluate(async (wait) => {
    await new Promise((resolve) => setTimeout(resolve, wait));
    return performance.now();
  }, ms);
}

export async function twoFrames(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await window.bench.nextPaint();
    return window.bench.nextPaint();
  });
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** A fresh context and page at the bench page's size, once the page installed `window.bench`. */
export async function openBenchPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => 'bench' in window);
  return { page, requests };
}

/** JS heap of a page holding the same data and no renderer: what `heapMB` is measured against. */
export async function measureBaselineHeap(browser: Browser, url: string): Promise<number> {
  const { page } = await openBenchPage(browser, url);
  await page.evaluate(() => window.bench.dataLoaded());
  await settle(page);
  const used = await heapUsed(page);
  await page.context().close();
  return used;
}

/** One fresh page load of one renderer, through every scripted step of the bench. */
export async function measureLoad(
  browser: Browser,
  url: string,
  renderer: PageRenderer,
  baselineHeap: number,
): Promise<LoadMetrics> {
  const selectors = SELECTORS[renderer];
  const { page, requests } = await openBenchPage(browser, url);
  const interaction = (start: number, kind: 'keydown' | 'click') =>
    page.evaluate(([from, type]) => window.bench.interactionSince(from, type), [
      start,
      kind,
    ] as const);
  const longTasks = (start: number, end: number) =>
    page.evaluate(([from, to]) => window.bench.longTasksBetween(from, to), [start, end] as const);

  try {
    // Mount: from the first list response to the painted tiles (and a little after).
    const { renderMs, coldStartMs, mountStart } = await page.evaluate(() => window.bench.ready());
    const mountEnd = await settle(page);
    const mount = await longTasks(mountStart, mountEnd);
    const domElements = await page.evaluate(() => window.bench.domElements());
    const heapMB = (await heapUsed(page)) - baselineHeap;

    // Scroll to the end over 3 s, the pointer outside the grid as a reading user's would be.
    await page.mouse.move(1, 1);
    const scrollStart = await now(page);
    const { longFrames, frames } = await page.evaluate(
      (ms) => window.bench.scrollToEnd(ms),
      SCROLL_MS,
    );
    const scroll = await longTasks(scrollStart, await settle(page, 100));
    await page.evaluate(() => window.bench.scrollToTop());

    // Open the first character; its looks appear below it.
    const expandStart = await now(page);
    await page.locator(selectors.open).first().click();
    await page.locator(selectors.looks).first().waitFor();
    await twoFrames(page);
    const expandMs = await interaction(expandStart, 'click');
    const expand = await longTasks(expandStart, await settle(page));

    // Tile renders for one arrow key, along the first row (no rows mount or unmount).
    await page.evaluate(() => window.bench.startCountingRenders());
    for (let press = 0; press < COUNTED_PRESSES; press += 1) {
      await page.keyboard.press('ArrowRight');
      await twoFrames(page);
    }
    const counted = await page.evaluate(() => window.bench.stopCountingRenders());

    // Back to the open character, then down the grid, rows mounting as it scrolls.
    await page.locator(selectors.open).first().focus();
    const arrowDurations: number[] = [];
    let pressStart = await now(page);
    for (let press = 0; press < ARROW_PRESSES[renderer]; press += 1) {
      await page.keyboard.press('ArrowDown');
      // One round trip per press: wait for the frame, read this press, start the next.
      const { duration, end } = await page.evaluate(async (start) => {
        await window.bench.nextPaint();
        await window.bench.nextPaint();
        return {
          duration: window.bench.interactionSince(start, 'keydown'),
          end: performance.now(),
        };
      }, pressStart);
      pressStart = end;
      if (duration !== null) arrowDurations.push(duration);
    }

    // The preview sweep before the favorite: a favorite refetches the lists, which at 100,000
    // rows keeps the main thread busy for a while.
    const preview = renderer === 'picker' ? await measurePreview(page, requests) : {};
    await page.evaluate(() => window.bench.scrollToTop());
    // The star of a character in view: the optimistic update renders at once.
    const favoriteStart = await now(page);
    await page.locator(selectors.favorite).first().click();
    await twoFrames(page);
    const favoriteMs = await interaction(favoriteStart, 'click');

    const metrics: LoadMetrics = {
      renderMs,
      coldStartMs,
      longTasks: mount.count + scroll.count + expand.count,
      maxLongTaskMs: Math.max(mount.maxMs, scroll.maxMs, expand.maxMs),
      domElements,
      heapMB: heapMB / MIB,
      expandMs,
      arrowMs: arrowDurations.length === 0 ? null : percentile(arrowDurations, 0.75),
      favoriteMs,
      cellRendersPerArrow: counted / COUNTED_PRESSES,
      scrollLongFrames: longFrames,
      scrollFrames: frames,
    };
    return { ...metrics, ...preview };
  } finally {
    await page.context().close();
  }
}

/** A quick pointer sweep must start nothing; resting on one look must play it. */
async function measurePreview(page: Page, requests: string[]) {
  // Back to the first cell: the open character's looks are in view again.
  await page.keyboard.press('Control+Home');
  await page.mouse.move(1, 1);
  await settle(page, 300);
  const boxes = await page.evaluate((count) => {
    const grid = document.querySelector('[data-ap-grid]')?.getBoundingClientRect();
    if (grid === undefined) throw new Error('bench: the picker grid is not rendered');
    return [...document.querySelectorAll('[data-ap-cell]')]
      .map((cell) => cell.getBoundingClientRect())
      .filter((box) => box.top >= grid.top && box.bottom <= grid.bottom)
      .slice(0, count)
      .map(({ x, y, width, height }) => ({ x, y, width, height }));
  }, SWEEP_TILES);
  const center = (box: { x: number; y: number; width: number; height: number }) =>
    [box.x + box.width / 2, box.y + box.height / 2] as const;

  const sweepFrom = requests.length;
  for (const box of boxes) {
    await page.mouse.move(...center(box));
    await page.waitForTimeout(SWEEP_STEP_MS);
  }
  await page.mouse.move(1, 1);
  await page.waitForTimeout(HOVER_REST_MS);
  const swept = requests.slice(sweepFrom);

  const look = await page.locator('[data-ap-look]').first().boundingBox();
  if (look === null) throw new Error('bench: no look to hover');
  const hoverFrom = requests.length;
  await page.mouse.move(...center(look));
  await page.waitForTimeout(HOVER_REST_MS);
  const hovered = requests.slice(hoverFrom);
  await page.mouse.move(1, 1);

  return {
    maxVideos: await page.evaluate(() => window.bench.maxVideos()),
    sweepVideoRequests: swept.filter(isVideo).length,
    sweepLooksRequests: swept.filter(isLooks).length,
    hoverVideoRequests: hovered.filter(isVideo).length,
  };
}
