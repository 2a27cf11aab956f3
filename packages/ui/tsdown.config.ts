import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';

const isSourceModule = (id: string) => /(?<!\.d)\.tsx?$/.test(id) && existsSync(id);
const isClientModule = (id: string) =>
  isSourceModule(id) && /^['"]use client['"]/.test(readFileSync(id, 'utf8'));

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
  // Two chunks instead of a file per module: every module's own `import … from 'react'` costs
  // bytes in a consumer's bundle. "use client" heads only the chunk of client modules, so server
  // components can still import the flat part names and call the pure helpers.
  inputOptions: { preserveEntrySignatures: 'allow-extension' },
  outputOptions: {
    chunkFileNames: '[name].js',
    codeSplitting: {
      includeDependenciesRecursively: false,
      groups: [
        { name: 'client', test: isClientModule },
        { name: 'shared', test: (id) => isSourceModule(id) && !id.endsWith('/src/index.ts') },
      ],
    },
    banner: (chunk) => (chunk.name === 'client' ? "'use client';" : ''),
  },
  copy: [{ from: 'src/styles.css', to: 'dist' }],
});
