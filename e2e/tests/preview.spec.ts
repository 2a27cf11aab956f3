import type { Locator } from '@playwright/test';
import { activeLookWithVideo, chooseLook } from './support/choose-avatars';
import { everyVideoStopped } from './support/every-video-stopped';
import {
  characterButton,
  inlinePicker,
  loadedLooksRow,
  lookCell,
  parkPointer,
  searchBox,
} from './support/picker-page';
import { expect, test } from './support/test';
import { maxVideoElements, trackVideoElements } from './support/track-video-elements';

async function playingTime(video: Locator): Promise<number> {
  return video.evaluate((element: HTMLVideoElement) => (element.paused ? -1 : element.currentTime));
}

test('hovering a look plays one video; leaving stops it', async ({ page, fake }) => {
  await trackVideoElements(page);
  const { character, look } = await chooseLook(fake, activeLookWithVideo);
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  await characterButton(picker, character.name).click();
  await expect(loadedLooksRow(picker)).toBeVisible();
  // The click left focus on the character: a focused look would preview on its own.
  await expect(page.locator('video')).toHaveCount(0);

  await lookCell(picker, look.name).hover();
  const video = lookCell(picker, look.name).locator('video');
  await expect(video).toHaveCount(1);
  await expect.poll(() => playingTime(video), { timeout: 10_000 }).toBeGreaterThan(0.3);
  await expect(page.locator('video')).toHaveCount(1);

  await parkPointer(page);
  await expect.poll(() => everyVideoStopped(page)).toBe(true);
  expect(await maxVideoElements(page)).toBe(1);
});
