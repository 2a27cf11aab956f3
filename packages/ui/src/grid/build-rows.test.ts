import type { AvatarApiError, CharacterId } from '@avatar-picker/hooks';
import { describe, expect, it } from 'vitest';
import { makeCharacter, makeLook } from '../test/fixtures';
import {
  buildRows,
  type LooksState,
  openLooks,
  type RecentsView,
  type RowModel,
} from './build-rows';

const characters = ['A', 'B', 'C', 'D', 'E'].map((id) => makeCharacter(id));
const [, second] = characters;
const expandedId = second!.id;
const looks = ['L1', 'L2', 'L3', 'L4'].map((id) => makeLook(id, expandedId));

const rowsOf = (
  columns: number,
  open: CharacterId | null,
  state: LooksState,
  list = characters,
  recents?: RecentsView,
) => openLooks(buildRows(list, columns, recents), open, state, columns).rows;

/** Every cell's position, read back through the model: what the keyboard and focus use. */
const positionsOf = ({ rows, positions }: RowModel) =>
  rows.flatMap(({ cellKeys }) => cellKeys.map((key) => [key, positions.get(key)]));

/** The positions counted from the rows themselves. */
const expectedPositions = ({ rows }: RowModel) =>
  rows.flatMap(({ cellKeys }, row) => cellKeys.map((key, column) => [key, { row, column }]));

describe('buildRows and openLooks', () => {
  it('splits characters into rows of `columns` cells', () => {
    const rows = rowsOf(2, null, { status: 'loading' });
    expect(rows.map((row) => row.kind)).toEqual(['characters', 'characters', 'characters']);
    expect(rows.map((row) => row.cellKeys)).toEqual([
      ['avat_A', 'avat_B'],
      ['avat_C', 'avat_D'],
      ['avat_E'],
    ]);
  });

  it('inserts the looks right after the row holding the expanded character, wrapped by columns', () => {
    const rows = rowsOf(3, expandedId, { status: 'ready', looks });
    expect(rows.map((row) => row.kind)).toEqual(['characters', 'looks', 'looks', 'characters']);
    expect(rows[1]?.cellKeys).toEqual(['avat_L1', 'avat_L2', 'avat_L3']);
    expect(rows[2]?.cellKeys).toEqual(['avat_L4']);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });

  it('inserts a single loading, error or empty row for the expanded character', () => {
    const error = { kind: 'server' } as AvatarApiError;
    expect(rowsOf(2, expandedId, { status: 'loading' })[1]).toMatchObject({
      kind: 'looks-loading',
      characterId: expandedId,
      cellKeys: [`looks:${expandedId}`],
    });
    expect(rowsOf(2, expandedId, { status: 'error', error })[1]).toMatchObject({
      kind: 'looks-error',
      error,
    });
    expect(rowsOf(2, expandedId, { status: 'ready', looks: [] })[1]).toMatchObject({
      kind: 'looks-empty',
    });
  });

  it('adds no looks row when the expanded character is filtered out', () => {
    const rows = rowsOf(2, expandedId, { status: 'ready', looks }, characters.slice(2));
    expect(rows.every((row) => row.kind === 'characters')).toBe(true);
  });

  it('starts with the recent looks in at most `rows` rows, keyed apart from their looks cells', () => {
    const recents = { looks, rows: 1, characterNames: new Map() };
    const rows = rowsOf(3, expandedId, { status: 'ready', looks }, characters, recents);
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
    const all = rowsOf(3, null, { status: 'loading' }, [], { ...recents, rows: Infinity });
    expect(all.map((row) => row.cellKeys.length)).toEqual([3, 1]);
  });

  it('places every cell where the rows put it, before and after a character opens', () => {
    const recents = { looks: looks.slice(0, 2), rows: 1, characterNames: new Map() };
    const closed = buildRows(characters, 2, recents);
    expect(positionsOf(closed)).toEqual(expectedPositions(closed));
    for (const state of [
      { status: 'ready', looks },
      { status: 'loading' },
      { status: 'ready', looks: [] },
    ] satisfies LooksState[]) {
      const open = openLooks(closed, expandedId, state, 2);
      expect(positionsOf(open)).toEqual(expectedPositions(open));
    }
    // The last row's character moved down by the two rows of looks.
    const open = openLooks(closed, expandedId, { status: 'ready', looks }, 2);
    expect(open.positions.get('avat_E')).toEqual({ row: 5, column: 0 });
    expect(open.positions.get('avat_L4')).toEqual({ row: 3, column: 1 });
    expect(closed.positions.get('avat_L4')).toBeUndefined();
    expect(open.positions.get('avat_nobody')).toBeUndefined();
  });

  it('opens nothing for no expanded character, or one not in the rows', () => {
    const closed = buildRows(characters, 2);
    expect(openLooks(closed, null, { status: 'ready', looks }, 2)).toBe(closed);
    expect(openLooks(closed, 'avat_Z' as CharacterId, { status: 'loading' }, 2)).toBe(closed);
  });

  it('returns no rows for no characters', () => {
    expect(rowsOf(4, null, { status: 'loading' }, [])).toEqual([]);
  });

  it('rejects a column count that is not a positive integer', () => {
    expect(() => buildRows(characters, 0)).toThrow(RangeError);
    expect(() => buildRows(characters, 2.5)).toThrow(/columns/);
  });
});
