import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    msw: 'src/msw.ts',
    node: 'src/node.ts',
    cli: 'src/cli.ts',
  },
  format: 'esm',
  dts: true,
  // Neutral, because the main entry runs in browsers too; Node builtins and the optional msw
  // peer are left as imports for the runtime to provide.
  platform: 'neutral',
  fixedExtension: false,
  deps: { neverBundle: ['msw', /^msw\//, /^node:/] },
});
