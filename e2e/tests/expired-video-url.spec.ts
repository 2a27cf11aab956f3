import { activeLookWithVideo, chooseLook } from './support/choose-avatars';
import {
  characterButton,
  inlinePicker,
  loadedLooksRow,
  lookCell,
  searchBox,
} from './support/picker-page';
import { expect, test } from './support/test';

// This stack's fake signs video URLs that expire within seconds.
test.use({ shortUrlTtl: true });

const expiresOf = (url: URL): number => Number(url.searchParams.get('expires'));

test('an expired signed video URL is refreshed once and the preview plays', async ({
  page,
  fake,
  requests,
}) => {
  const { character, look } = await chooseLook(fake, activeLookWithVideo);
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  const looksLoaded = page.waitForResponse((response) =>
    response.url().includes(`parent_id=${character.avatar_id}`),
  );
  await characterButton(picker, character.name).click();
  const looksBody = (await (await looksLoaded).json()) as { avatars: { video_url?: string }[] };
  await expect(loadedLooksRow(picker)).toBeVisible();

  // Wait until the URLs the page holds are past their expiry, by the fake's own timestamps.
  const stale = looksBody.avatars.find(({ video_url }) => video_url?.includes(look.avatar_id));
  const expiresAtMs = expiresOf(new URL(stale?.video_url ?? '')) * 1000;
  await page.waitForTimeout(Math.max(0, expiresAtMs - Date.now()) + 200);

  const mark = requests.mark();
  await lookCell(picker, look.name).hover();
  const video = lookCell(picker, look.name).locator('video');
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0.3);

  expect(requests.looksLists(mark, character.avatar_id)).toHaveLength(1);
  const [first, ...later] = requests.videos(mark);
  if (first === undefined) throw new Error('The preview requested no video');
  expect(first.url.href, 'the stale URL is tried first').toBe(stale?.video_url);
  // The browser blocks an error body on a media request (ORB), so "no success" is what it shows.
  expect((await first.request.response())?.status() ?? 403).toBe(403);
  expect(later.length).toBeGreaterThan(0);
  for (const { url, request } of later) {
    expect(expiresOf(url)).toBeGreaterThan(expiresOf(first.url));
    expect([200, 206]).toContain((await request.response())?.status());
  }
});
