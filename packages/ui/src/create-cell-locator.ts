import type { GridRow } from './build-rows';
import type { CellPosition } from './get-next-cell';

export interface CellLocator {
  get(key: string): CellPosition | undefined;
  has(key: string): boolean;
}

/**
 * Where a cell is in the row model, computed on demand instead of a map of every cell: a
 * character's row and column follow from its list position, shifted past the looks rows that sit
 * below the expanded character; a look is searched for in those few looks rows only.
 */
export function createCellLocator(
  rows: readonly GridRow[],
  characterIndex: ReadonlyMap<string, number>,
  columns: number,
  expandedId: string | null,
): CellLocator {
  const expandedIndex = expandedId === null ? undefined : characterIndex.get(expandedId);
  const looksStart = expandedIndex === undefined ? -1 : Math.floor(expandedIndex / columns) + 1;
  let looksCount = 0;
  while (looksStart !== -1 && rows[looksStart + looksCount]?.kind.startsWith('looks')) {
    looksCount += 1;
  }
  const get = (key: string): CellPosition | undefined => {
    const index = characterIndex.get(key);
    if (index !== undefined) {
      const row = Math.floor(index / columns);
      return {
        row: looksCount > 0 && row >= looksStart ? row + looksCount : row,
        column: index % columns,
      };
    }
    for (let row = looksStart; row < looksStart + looksCount; row += 1) {
      const column = rows[row]?.cellKeys.indexOf(key) ?? -1;
      if (column !== -1) return { row, column };
    }
    return undefined;
  };
  return { get, has: (key) => get(key) !== undefined };
}
