import type { AvatarApiError } from '@avatar-picker/hooks';
import { describe, expect, it } from 'vitest';
import { makeCharacter, makeLook } from '../test/fixtures';
import { buildRows } from './build-rows';

const characters = ['A', 'B', 'C', 'D', 'E'].map((id) => makeCharacter(id));
const [, second] = characters;
const expandedId = second!.id;
const looks = ['L1', 'L2', 'L3', 'L4'].map((id) => makeLook(id, expandedId));

describe('buildRows', () => {
  it('splits characters into rows of `columns` cells', () => {
    const rows = buildRows(characters, 2, null, { status: 'loading' });
    expect(rows.map((row) => row.kind)).toEqual(['characters', 'characters', 'characters']);
    expect(rows.map((row) => row.cellKeys)).toEqual([
      ['avat_A', 'avat_B'],
      ['avat_C', 'avat_D'],
      ['avat_E'],
    ]);
  });

  it('inserts the looks right after the row holding the expanded character, wrapped by columns', () => {
    const rows = buildRows(characters, 3, expandedId, { status: 'ready', looks });
    expect(rows.map((row) => row.kind)).toEqual(['characters', 'looks', 'looks', 'characters']);
    expect(rows[1]?.cellKeys).toEqual(['avat_L1', 'avat_L2', 'avat_L3']);
    expect(rows[2]?.cellKeys).toEqual(['avat_L4']);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });

  it('inserts a single loading, error or empty row for the expanded character', () => {
    const error = { kind: 'server' } as AvatarApiError;
    expect(buildRows(characters, 2, expandedId, { status: 'loading' })[1]).toMatchObject({
      kind: 'looks-loading',
      characterId: expandedId,
      cellKeys: [`looks:${expandedId}`],
    });
    expect(buildRows(characters, 2, expandedId, { status: 'error', error })[1]).toMatchObject({
      kind: 'looks-error',
      error,
    });
    expect(buildRows(characters, 2, expandedId, { status: 'ready', looks: [] })[1]).toMatchObject({
      kind: 'looks-empty',
    });
  });

  it('adds no looks row when the expanded character is filtered out', () => {
    const rows = buildRows(characters.slice(2), 2, expandedId, { status: 'ready', looks });
    expect(rows.every((row) => row.kind === 'characters')).toBe(true);
  });

  it('starts with the recent looks in at most `rows` rows, keyed apart from their looks cells', () => {
    const recents = { looks, rows: 1, characterNames: new Map() };
    const rows = buildRows(characters, 3, expandedId, { status: 'ready', looks }, recents);
    expect(rows.map((row) => row.kind)).toEqual([
      'recent',
      'characters',
      'looks',
      'looks',
      'characters',
    ]);
    expect(rows[0]?.cellKeys).toEqual(['recent:avat_L1', 'recent:avat_L2', 'recent:avat_L3']);
    const keys = rows.flatMap((row) => row.cellKeys);
    expect(new Set(keys).size).toBe(keys.length);
    const all = buildRows([], 3, null, { status: 'loading' }, { ...recents, rows: Infinity });
    expect(all.map((row) => row.cellKeys.length)).toEqual([3, 1]);
  });

  it('returns no rows for no characters', () => {
    expect(buildRows([], 4, null, { status: 'loading' })).toEqual([]);
  });

  it('rejects a column count that is not a positive integer', () => {
    expect(() => buildRows(characters, 0, null, { status: 'loading' })).toThrow(RangeError);
    expect(() => buildRows(characters, 2.5, null, { status: 'loading' })).toThrow(/columns/);
  });
});
