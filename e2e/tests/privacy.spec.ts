import { activeLookWithVideo, chooseLook } from './support/choose-avatars';
import {
  characterButton,
  favoriteToggle,
  inlinePicker,
  loadedLooksRow,
  lookCell,
  searchBox,
} from './support/picker-page';
import { expect, test } from './support/test';

test('the browser never sends an API key and talks only to its own origin, plus media', async ({
  page,
  fake,
  requests,
  baseURL,
}) => {
  const { character, look } = await chooseLook(fake, activeLookWithVideo);
  await page.goto('/');
  const picker = inlinePicker(page);
  await searchBox(picker).fill(character.name);
  await characterButton(picker, character.name).click();
  await expect(loadedLooksRow(picker)).toBeVisible();
  await lookCell(picker, look.name).hover();
  await expect(lookCell(picker, look.name).locator('video')).toHaveCount(1);
  await expect
    .poll(() => requests.videos().length, { message: 'the preview fetched its video' })
    .toBeGreaterThan(0);
  const saved = page.waitForResponse((response) => response.request().method() === 'PUT');
  await favoriteToggle(picker, look.name).click();
  await saved;
  await lookCell(picker, look.name).click();

  const appOrigin = new URL(baseURL ?? '').origin;
  const apiOrigin = new URL(fake.origin).origin;
  expect(requests.apiCalls().length).toBeGreaterThan(0);
  for (const { request, url } of requests.entries) {
    const headers = await request.allHeaders();
    expect(Object.keys(headers), request.url()).not.toContain('x-api-key');
    const allowed =
      url.origin === appOrigin || (url.origin === apiOrigin && url.pathname.startsWith('/media/'));
    expect(allowed, `request to ${request.url()}`).toBe(true);
  }
});
