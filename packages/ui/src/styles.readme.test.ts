import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** `light-dark(a, b)` as its two values; any other value as itself. */
function themeValues(value: string): string[] {
  const pair = /^light-dark\((.*)\)$/s.exec(value)?.[1];
  if (pair === undefined) return [value];
  let depth = 0;
  for (const [index, char] of [...pair].entries()) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0)
      return [pair.slice(0, index).trim(), pair.slice(index + 1).trim()];
  }
  return [pair];
}

/** Each custom property styles.css defines, with its first (default) value on one line. */
function definedProperties(css: string): Map<string, string> {
  const properties = new Map<string, string>();
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name = '', value = ''] of rules.matchAll(/(--ap-[\w-]+)\s*:\s*([^;]+);/g)) {
    if (!properties.has(name)) properties.set(name, value.replace(/\s+/g, ' ').trim());
  }
  return properties;
}

/** A default computed from other properties is described in words, not quoted. */
const isDerived = (value: string) => value.includes('var(--ap-');

describe("the README's theming table", () => {
  const readme = read('../../../README.md');
  const properties = definedProperties(read('./styles.css'));

  it('reads the properties out of styles.css', () => {
    expect(properties.get('--ap-accent')).toMatch(/^light-dark\(/);
  });

  it.each([...properties])('lists %s with its default', (name, value) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
    expect(row, `README.md has no theming row for ${name}`).toBeDefined();
    if (isDerived(value)) return;
    for (const part of themeValues(value)) expect(row).toContain(`\`${part}\``);
  });
});
