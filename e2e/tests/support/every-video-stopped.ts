import type { Page } from '@playwright/test';

/** True when no `<video>` on the page is playing or still holds a source. */
export async function everyVideoStopped(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('video')].every(
      (video) => video.paused && !video.hasAttribute('src'),
    ),
  );
}
