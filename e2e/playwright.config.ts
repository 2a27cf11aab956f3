import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-launch-options';
import {
  apiOrigin,
  appOrigin,
  FAKE_CHARACTERS,
  FAKE_SEED,
  nextAppOrigin,
  SHORT_TTL_STACK,
  type TestStack,
  WORKER_STACKS,
} from './test-stacks';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const fakeServer = (stack: TestStack) => ({
  name: `fake API :${stack.apiPort}`,
  command: [
    'pnpm mock-api',
    `--port ${stack.apiPort}`,
    `--seed ${FAKE_SEED}`,
    `--characters ${FAKE_CHARACTERS}`,
    `--url-ttl ${stack.urlTtlSeconds}`,
  ].join(' '),
  cwd: repoRoot,
  // Any answer means it is listening; without a key the fake answers 401.
  url: `${apiOrigin(stack)}/v1/avatars`,
  reuseExistingServer: false,
  timeout: 60_000,
});

const appServer = (stack: TestStack, build: boolean) => ({
  name: `app :${stack.appPort}`,
  command: [
    // Web servers start one after another in this order, so only the first app builds.
    ...(build ? ['pnpm exec vite build e2e/app --logLevel warn'] : []),
    `pnpm exec vite preview e2e/app --host 127.0.0.1 --port ${stack.appPort} --strictPort`,
  ].join(' && '),
  cwd: repoRoot,
  url: appOrigin(stack),
  env: { AGENTHUMAN_API_URL: apiOrigin(stack), AGENTHUMAN_API_KEY: 'demo-key' },
  reuseExistingServer: false,
  timeout: 120_000,
});

/** One `next start` per worker stack, so a test's faults and favorites reach only its own app. */
function nextAppServer(stack: TestStack, build: boolean) {
  const { port } = new URL(nextAppOrigin(stack));
  return {
    name: `next-app :${port}`,
    command: [
      ...(build ? ['pnpm exec next build e2e/next-app'] : []),
      `pnpm exec next start e2e/next-app --hostname 127.0.0.1 --port ${port}`,
    ].join(' && '),
    cwd: repoRoot,
    url: nextAppOrigin(stack),
    env: {
      AGENTHUMAN_API_URL: apiOrigin(stack),
      AGENTHUMAN_API_KEY: 'demo-key',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    reuseExistingServer: false,
    timeout: 180_000,
  };
}

const stacks = [...WORKER_STACKS, SHORT_TTL_STACK];

const README_SCREENSHOT_SPEC = 'readme-screenshot.spec.ts';

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: WORKER_STACKS.length,
  reporter: 'list',
  timeout: 30_000,
  globalSetup: './global-setup.ts',
  expect: {
    timeout: 5_000,
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' },
  },
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    // Unnamed, so the baselines keep their paths (a name would join every file name).
    { testIgnore: README_SCREENSHOT_SPEC },
    // The README's picture is committed where the README links it, not beside the spec.
    {
      name: 'readme',
      testMatch: README_SCREENSHOT_SPEC,
      snapshotPathTemplate: '../docs/{arg}{ext}',
    },
  ],
  webServer: [
    ...stacks.map(fakeServer),
    ...stacks.map((stack, index) => appServer(stack, index === 0)),
    ...WORKER_STACKS.map((stack, index) => nextAppServer(stack, index === 0)),
  ],
});
