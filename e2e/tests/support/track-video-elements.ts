import type { Page } from '@playwright/test';

interface VideoTracker {
  max: number;
}

type TrackedWindow = Window & { __videoTracker?: VideoTracker };

/**
 * Counts `<video>` elements on every DOM change from the first paint on, so a test can prove
 * that no second video ever existed, not only that there is one when it looks.
 */
export async function trackVideoElements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tracker: VideoTracker = { max: 0 };
    (window as TrackedWindow).__videoTracker = tracker;
    const count = () => {
      tracker.max = Math.max(tracker.max, document.getElementsByTagName('video').length);
    };
    new MutationObserver(count).observe(document, { childList: true, subtree: true });
  });
}

export async function maxVideoElements(page: Page): Promise<number> {
  return page.evaluate(() => (window as TrackedWindow).__videoTracker?.max ?? -1);
}
