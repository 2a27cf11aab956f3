import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import type { RendererName } from './bench-metrics';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const ENTRIES: Record<RendererName, string> = {
  picker: here('./src/renderers/picker-renderer.tsx'),
  ariaGridList: here('./src/renderers/aria-grid.tsx'),
  naive: here('./src/renderers/naive-grid.tsx'),
};

/** What every renderer shares with the app: React, TanStack Query and our data layer. */
const PEERS =
  /^(react|react-dom|@tanstack\/react-query|@radix-ui\/react-dialog|@avatar-picker\/hooks)(\/|$)/;

/**
 * min+gz of the JavaScript each renderer adds to a consumer's bundle, peers external: the picker
 * from the built `@avatar-picker/ui`, React Aria's GridList with its tile, the naive grid.
 */
export async function measureBundleSizes(): Promise<Record<RendererName, number>> {
  const sizes = {} as Record<RendererName, number>;
  for (const [renderer, entry] of Object.entries(ENTRIES) as [RendererName, string][]) {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [react()],
      resolve: {
        alias: {
          '@avatar-picker/ui/styles.css': here('../../packages/ui/dist/styles.css'),
          '@avatar-picker/ui': here('../../packages/ui/dist/index.js'),
        },
      },
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: renderer },
        rolldownOptions: { external: (id) => PEERS.test(id) },
      },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
    let bytes = 0;
    for (const chunk of chunks) {
      if (chunk.type === 'chunk') bytes += gzipSync(chunk.code, { level: 9 }).length;
    }
    sizes[renderer] = Math.round((bytes / 1024) * 100) / 100;
  }
  return sizes;
}
