import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** An entry file with the files it re-exports whole (`export * from './x'`) read in. */
function readEntry(path: string): string {
  const source = read(path);
  return source.replace(/export \*\s+from\s+'(\.[^']+)';/g, (_all, target: string) =>
    readEntry(new URL(`${target}.ts`, new URL(path, import.meta.url)).href),
  );
}

/** The public names an entry file exports, types included (`export { a, type B as C }`). */
function exportedNames(source: string): string[] {
  const names: string[] = [];
  for (const [, list = ''] of source.matchAll(/export(?:\s+type)?\s*\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .at(-1);
      if (name) names.push(name);
    }
  }
  return names;
}

// The root README names every export with its signature, or links to the package README that does.
const docs = [read('../../../README.md'), read('../README.md'), read('../../hooks/README.md')].join(
  '\n',
);

const entries = {
  '@avatar-picker/ui': readEntry('./index.ts'),
  '@avatar-picker/ui/dialog': readEntry('./dialog.ts'),
  '@avatar-picker/hooks': readEntry('../../hooks/src/index.ts'),
  '@avatar-picker/hooks/query': readEntry('../../hooks/src/query.ts'),
  '@avatar-picker/hooks/server': readEntry('../../hooks/src/server.ts'),
};

describe.each(Object.entries(entries))('the docs of %s', (_entry, source) => {
  const names = exportedNames(source);

  it('reads the exports out of the entry file', () => {
    expect(names.length).toBeGreaterThan(3);
  });

  it.each(names)('name %s', (name) => {
    expect(docs).toMatch(new RegExp(`\\b${name}\\b`));
  });
});
