import { defineConfig } from 'tsdown';
import { clientServerChunks } from '../../tsdown.shared';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  deps: {
    neverBundle: [
      /^react($|\/)/,
      /^react-dom($|\/)/,
      /^@tanstack\//,
      /^@radix-ui\//,
      /^@avatar-picker\//,
    ],
  },
  ...clientServerChunks,
  copy: [{ from: 'src/styles.css', to: 'dist' }],
});
