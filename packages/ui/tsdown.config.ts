import { defineConfig } from 'tsdown';

/**
 * Every module of both entries in one `client` chunk headed by "use client", instead of a file
 * each (every module's own `import … from 'react'` costs bytes in a consumer's bundle). The
 * dialog's own modules stay in `dialog.js`, so only that entry loads @radix-ui/react-dialog.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/dialog.ts'],
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
  inputOptions: { preserveEntrySignatures: 'allow-extension' },
  outputOptions: {
    // The dts build names the declarations both entries share after `index`, which would take
    // `index.d.ts` from the entry (its exports then mangled, so `import { AvatarPicker }` fails).
    chunkFileNames: ({ name }) => (name === 'index.d' ? 'parts.js' : '[name].js'),
    codeSplitting: {
      includeDependenciesRecursively: false,
      // The dts build's `.d.ts` modules keep chunks of their own.
      groups: [
        { name: 'client', test: /\/src\/(parts|store|grid|preview|primitives)\/.*(?<!\.d)\.tsx?$/ },
      ],
    },
    banner: "'use client';",
  },
  copy: [{ from: 'src/styles.css', to: 'dist' }],
});
