import { describe, expect, it } from 'vitest';
import { buildRows, indexCharacters } from './build-rows';
import { createCellLocator } from './create-cell-locator';
import { makeCharacter, makeLook } from './test/fixtures';

const characters = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => makeCharacter(id));
const expandedId = characters[3]!.id;
const looks = ['L1', 'L2', 'L3', 'L4'].map((id) => makeLook(id, expandedId));

/** Every cell's position read off the built rows: what the locator must agree with. */
function positionsOf(rows: ReturnType<typeof buildRows>) {
  return rows.flatMap((row, rowIndex) =>
    row.cellKeys.map((key, column) => [key, { row: rowIndex, column }] as const),
  );
}

describe('createCellLocator', () => {
  it.each([
    ['nothing open', null, { status: 'loading' } as const],
    ['looks open', expandedId, { status: 'ready', looks } as const],
    ['looks loading', expandedId, { status: 'loading' } as const],
  ])('agrees with the row model for every cell (%s)', (_, open, state) => {
    const rows = buildRows(characters, 3, open, state);
    const locator = createCellLocator(rows, indexCharacters(characters), 3, open);
    for (const [key, position] of positionsOf(rows)) {
      expect(locator.get(key)).toEqual(position);
      expect(locator.has(key)).toBe(true);
    }
  });

  it('knows nothing of a key that is not in the grid', () => {
    const rows = buildRows(characters, 3, expandedId, { status: 'ready', looks });
    const locator = createCellLocator(rows, indexCharacters(characters), 3, expandedId);
    expect(locator.get('avat_missing')).toBeUndefined();
    expect(locator.has('avat_missing')).toBe(false);
  });
});
