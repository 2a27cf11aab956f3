import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { type Alias, mergeConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

// Stories render the packages from source, like the unit tests, so nothing has to be built first.
// Exact-match patterns keep `@avatar-picker/ui` from swallowing `@avatar-picker/ui/styles.css`.
const workspaceSources: Array<[specifier: string, path: string]> = [
  ['@avatar-picker/mock-api/msw', 'mock-api/src/msw.ts'],
  ['@avatar-picker/mock-api/node', 'mock-api/src/node.ts'],
  ['@avatar-picker/mock-api', 'mock-api/src/index.ts'],
  ['@avatar-picker/hooks/server', 'hooks/src/server.ts'],
  ['@avatar-picker/hooks', 'hooks/src/index.ts'],
  ['@avatar-picker/ui/styles.css', 'ui/src/styles.css'],
  ['@avatar-picker/ui/dialog', 'ui/src/dialog.ts'],
  ['@avatar-picker/ui', 'ui/src/index.ts'],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const workspaceAliases: Alias[] = workspaceSources.map(([specifier, path]) => ({
  find: new RegExp(`^${escapeRegExp(specifier)}$`),
  replacement: source(path),
}));

export const stories: StorybookConfig['stories'] = ['../stories/**/*.stories.tsx'];

export const addons: StorybookConfig['addons'] = [
  '@storybook/addon-docs',
  '@storybook/addon-a11y',
  '@storybook/addon-vitest',
  'msw-storybook-addon',
];

export const framework: StorybookConfig['framework'] = {
  name: '@storybook/react-vite',
  options: {},
};

export const core: StorybookConfig['core'] = { disableTelemetry: true };

// The MSW service worker lives here (`pnpm exec msw init .storybook/public`) and is served at `/`.
export const staticDirs: StorybookConfig['staticDirs'] = ['./public'];

// Pre-bundled up front: a dependency discovered mid-run makes Vite re-optimize and reload, which
// fails the story tests that were loading at that moment.
const prebundled = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  '@tanstack/react-query',
  '@radix-ui/react-dialog',
  'msw',
  'msw/browser',
  'msw-storybook-addon/csf3',
  'storybook/test',
];

export const viteFinal: StorybookConfig['viteFinal'] = (config) =>
  mergeConfig(config, {
    resolve: { alias: workspaceAliases },
    optimizeDeps: { include: prebundled },
  });
