import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './e2e/chromium-launch-options';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

// Tests resolve workspace packages from source so no build is needed first.
const alias = {
  '@avatar-picker/mock-api/msw': src('mock-api/src/msw.ts'),
  '@avatar-picker/mock-api/node': src('mock-api/src/node.ts'),
  '@avatar-picker/mock-api': src('mock-api/src/index.ts'),
  '@avatar-picker/hooks/server': src('hooks/src/server.ts'),
  '@avatar-picker/hooks': src('hooks/src/index.ts'),
  '@avatar-picker/ui/dialog': src('ui/src/dialog.ts'),
  '@avatar-picker/ui': src('ui/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default of one worker fewer than the cores leaves a 2-core CI machine running
    // files one at a time, though most of a file's time is jsdom setup or waiting on the fake:
    // two workers there took the unit tests from 224 s to 144 s and the stories from 185 s to 152 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.tsx'],
          setupFiles: ['./vitest.setup.dom.ts'],
        },
      },
      {
        // Stories and their play functions run as tests in a real, headless Chromium. The
        // Storybook plugin brings the stories, the preview annotations and the workspace aliases.
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
        ],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
