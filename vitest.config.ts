import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

// Tests resolve workspace packages from source so no build is needed first.
const alias = {
  '@avatar-picker/mock-api/msw': src('mock-api/src/msw.ts'),
  '@avatar-picker/mock-api/node': src('mock-api/src/node.ts'),
  '@avatar-picker/mock-api': src('mock-api/src/index.ts'),
  '@avatar-picker/hooks/server': src('hooks/src/server.ts'),
  '@avatar-picker/hooks': src('hooks/src/index.ts'),
  '@avatar-picker/ui': src('ui/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
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
    ],
  },
});
