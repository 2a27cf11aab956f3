import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  // One output file per source file keeps each "use client" directive at the top of its own
  // module, so server components can import the flat part names and the pure helpers.
  unbundle: true,
  deps: {
    neverBundle: [
      /^react($|\/)/,
      /^react-dom($|\/)/,
      /^@tanstack\//,
      /^@radix-ui\//,
      /^@avatar-picker\//,
    ],
  },
  copy: [{ from: 'src/styles.css', to: 'dist' }],
});
