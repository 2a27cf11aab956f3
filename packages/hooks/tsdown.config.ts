import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/server.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  // One output file per source file keeps each "use client" directive on its own module, and
  // lets the server entry load without pulling the React files in.
  unbundle: true,
  deps: { neverBundle: [/^react($|\/)/, /^@tanstack\//, /^node:/] },
});
