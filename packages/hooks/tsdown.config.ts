import { defineConfig } from 'tsdown';
import { clientServerChunks } from '../../tsdown.shared';

export default defineConfig({
  entry: ['src/index.ts', 'src/server.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  deps: { neverBundle: [/^react($|\/)/, /^@tanstack\//, /^node:/] },
  ...clientServerChunks,
});
