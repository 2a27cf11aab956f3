import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * How every browser test here starts Chromium (Playwright e2e and Storybook's Vitest browser
 * mode). These machines cannot download Playwright's browser build, so `CHROMIUM_PATH` or Debian's
 * Chromium comes first; without either, `undefined` lets Playwright use its own download. The
 * flags keep a sandboxed root process from reaching out to Google's services.
 */
export const chromiumLaunchOptions = {
  executablePath:
    process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
