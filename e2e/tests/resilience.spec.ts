import type { Page } from '@playwright/test';
import { avatarGrid, inlinePicker } from './support/picker-page';
import { type RequestLog, sentAt } from './support/request-log';
import { expect, test } from './support/test';

/** Long enough for a mistaken extra retry (1 s, then 2 s backoff) to show up in the counts. */
const QUIET_PERIOD_MS = 2_500;

async function expectWorkingGrid(page: Page): Promise<void> {
  const grid = avatarGrid(inlinePicker(page));
  await expect(grid).toBeVisible({ timeout: 15_000 });
  await expect(grid.getByRole('gridcell').first()).toBeVisible();
}

/** Waits, then checks that the character list was requested exactly `expected` times in all. */
async function expectCharacterListRequests(
  page: Page,
  requests: RequestLog,
  expected: number,
): Promise<void> {
  await page.waitForTimeout(QUIET_PERIOD_MS);
  expect(requests.characterLists()).toHaveLength(expected);
  // Every other list is fetched once; nothing loops.
  expect(requests.apiCalls().length).toBeLessThanOrEqual(expected + 2);
}

test('429 with Retry-After: 1 waits that long, retries once and shows the grid', async ({
  page,
  fake,
  requests,
}) => {
  await fake.addFault({ route: 'characters', status: 429, retryAfterSeconds: 1 });
  await page.goto('/');
  await expectWorkingGrid(page);

  const [first, second] = requests.characterLists();
  expect(second, 'a retry after the 429').toBeDefined();
  expect(sentAt(second) - sentAt(first)).toBeGreaterThanOrEqual(900);
  await expectCharacterListRequests(page, requests, 2);
});

test('a lasting 429 says it is waiting, then retries by itself at the pace the server set', async ({
  page,
  fake,
  requests,
}) => {
  // The data layer retries twice, then the picker shows the wait and retries once more.
  await fake.addFault({ route: 'characters', status: 429, retryAfterSeconds: 1, times: 3 });
  await page.goto('/');
  await expect(inlinePicker(page)).toContainText('Too many requests — retrying in 1 s', {
    timeout: 10_000,
  });
  await expectWorkingGrid(page);

  const times = requests.characterLists().map(sentAt);
  expect(times).toHaveLength(4);
  for (const [index, at] of times.slice(1).entries()) {
    expect(at - (times[index] ?? 0), `wait before attempt ${index + 2}`).toBeGreaterThanOrEqual(
      900,
    );
  }
  await expectCharacterListRequests(page, requests, 4);
});

test('a 500 is retried automatically and the grid appears', async ({ page, fake, requests }) => {
  await fake.addFault({ route: 'characters', status: 500 });
  await page.goto('/');
  await expectWorkingGrid(page);
  await expectCharacterListRequests(page, requests, 2);
});

test('a lasting 500 ends in an error with Retry, and Retry recovers', async ({
  page,
  fake,
  requests,
}) => {
  await fake.addFault({ route: 'characters', status: 500, times: 3 });
  await page.goto('/');
  const picker = inlinePicker(page);
  const retry = picker.getByRole('button', { name: 'Retry', exact: true });
  await expect(retry).toBeVisible({ timeout: 15_000 });
  await expect(picker).toContainText('The avatar service had a problem.');
  expect(requests.characterLists()).toHaveLength(3);

  await retry.click();
  await expectWorkingGrid(page);
  await expectCharacterListRequests(page, requests, 4);
});
