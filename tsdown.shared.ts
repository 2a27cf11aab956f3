import { existsSync, readFileSync } from 'node:fs';
import type { UserConfig } from 'tsdown';

const sourceOf = (id: string) =>
  /(?<!\.d)\.tsx?$/.test(id) && existsSync(id) ? readFileSync(id, 'utf8') : null;
const isClientModule = (id: string) => /^['"]use client['"]/.test(sourceOf(id) ?? '');
// Query options, and what builds on them, load @tanstack/react-query (and so React).
const usesReactQuery = (id: string) =>
  /^import \{[^}]*\} from '(@tanstack\/react-query|\.\/query-options)'/m.test(sourceOf(id) ?? '');
const isEntry = (id: string) => /\/src\/(index|server)\.ts$/.test(id);

/**
 * A package's modules in three chunks instead of a file each: every module's own
 * `import … from 'react'` costs bytes in a consumer's bundle. "use client" heads only the chunk of
 * client modules, so server components can import the entry, call the plain helpers and build
 * query options; the plain chunk never loads React, so server-only entries stay React-free.
 */
export const clientServerChunks = {
  inputOptions: { preserveEntrySignatures: 'allow-extension' },
  outputOptions: {
    chunkFileNames: '[name].js',
    codeSplitting: {
      includeDependenciesRecursively: false,
      groups: [
        { name: 'client', test: isClientModule, priority: 3 },
        { name: 'query', test: usesReactQuery, priority: 2 },
        { name: 'shared', test: (id) => sourceOf(id) !== null && !isEntry(id), priority: 1 },
      ],
    },
    banner: (chunk) => (chunk.name === 'client' ? "'use client';" : ''),
  },
} satisfies Pick<UserConfig, 'inputOptions' | 'outputOptions'>;
