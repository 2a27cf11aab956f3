import { defineConfig } from 'tsdown';

/** A source module of `src/<layer>/`; the dts build's `.d.ts` modules keep chunks of their own. */
function inLayer(layer: 'core' | 'query' | 'react') {
  return (id: string) => {
    const path = id.replaceAll('\\', '/');
    return path.includes(`/src/${layer}/`) && /(?<!\.d)\.tsx?$/.test(path);
  };
}

/*
 * One chunk per layer instead of a file per module: every module's own `import … from 'react'`
 * would cost bytes in a consumer's bundle. "use client" heads only the React layer, so server
 * components can import the entry and call the plain code; the `query` entry (options and keys
 * for a server component's prefetch) has none. `server/` belongs to no group, so the
 * server entry inlines it and loads only `shared` (core): never React or TanStack.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/query.ts', 'src/server.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  deps: { neverBundle: [/^react($|\/)/, /^@tanstack\//, /^node:/] },
  inputOptions: { preserveEntrySignatures: 'allow-extension' },
  outputOptions: {
    chunkFileNames: '[name].js',
    codeSplitting: {
      includeDependenciesRecursively: false,
      groups: [
        { name: 'client', test: inLayer('react') },
        // The `query` entry joins its layer's chunk, so `query.js` is that chunk, not a facade.
        { name: 'query', test: (id) => inLayer('query')(id) || /\/src\/query\.ts$/.test(id) },
        { name: 'shared', test: inLayer('core') },
      ],
    },
    banner: (chunk) => (chunk.name === 'client' ? "'use client';" : ''),
  },
});
