import type { ConsoleMessage } from '@playwright/test';
import { nextAppOrigin } from '../test-stacks';
import { activeLook, chooseLook } from './support/choose-avatars';
import {
  avatarGrid,
  characterButton,
  loadedLooksRow,
  lookCell,
  searchBox,
} from './support/picker-page';
import { test as base, expect } from './support/test';

/** The Next.js consumer of this worker's stack: its server prefetches from the same fake. */
const test = base.extend({
  baseURL: async ({ stack }, use) => {
    await use(nextAppOrigin(stack));
  },
});

/** Console errors and React's hydration warnings: any of them fails the test. */
function collectProblems(messages: string[]) {
  return (message: ConsoleMessage) => {
    const text = message.text();
    if (message.type() === 'error' || /hydrat/i.test(text)) {
      messages.push(`${message.type()}: ${text} (${message.location().url})`);
    }
  };
}

test("the server's HTML holds the prefetched tiles, not a loading state", async ({
  request,
  fake,
}) => {
  const [first] = await fake.characters();
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('role="grid"');
  expect(html).toContain('role="gridcell"');
  expect(html).toContain(first?.name);
  expect(html).not.toContain('Loading avatars');
  // The key stays on the server: neither the HTML nor the flight data carries it.
  expect(html).not.toContain('demo-key');
});

test('hydrates without warnings, picks a look and the server action verifies it', async ({
  page,
  fake,
}) => {
  const problems: string[] = [];
  page.on('console', collectProblems(problems));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const { character, look } = await chooseLook(fake, activeLook);

  await page.goto('/');
  const grid = avatarGrid(page);
  await expect(grid.getByRole('gridcell').first()).toBeVisible();
  // The tiles are there before hydration; only a hydrated picker filters on typing, so typing
  // again until it does waits for hydration without reaching into React.
  await expect(async () => {
    await searchBox(page).fill(character.name);
    await expect(characterButton(grid, character.name)).toBeVisible({ timeout: 1_000 });
    await expect(grid.getByRole('gridcell')).toHaveCount(1, { timeout: 1_000 });
  }).toPass();

  await characterButton(grid, character.name).click();
  await expect(loadedLooksRow(grid)).toBeVisible();
  const cell = lookCell(grid, look.name);
  await cell.click();
  await expect(cell).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Use this look' }).click();
  await expect(page.getByTestId('look-check')).toHaveText(
    `Accepted: ${look.name} (${look.avatar_id})`,
  );
  expect(problems).toEqual([]);
});

test('an empty submit is refused and leaves focus on the picker, not on its hidden input', async ({
  page,
  fake,
}) => {
  const [character] = await fake.characters();
  if (character === undefined) throw new Error('The fake has no characters.');
  await page.goto('/');
  const grid = avatarGrid(page);
  // As above: only a hydrated picker filters on typing.
  await expect(async () => {
    await searchBox(page).fill(character.name);
    await expect(grid.getByRole('gridcell')).toHaveCount(1, { timeout: 1_000 });
  }).toPass();

  await page.getByRole('button', { name: 'Use this look' }).click();
  // The browser would focus the first invalid control, the picker's invisible required input;
  // the picker cancels that and focuses where the user chooses, its tab stop.
  await expect(characterButton(grid, character.name)).toBeFocused();
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'Choose an avatar to continue.' }),
  ).toBeVisible();
  await expect(page.getByTestId('look-check')).toHaveText('');
});
