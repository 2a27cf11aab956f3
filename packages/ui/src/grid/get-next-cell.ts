/** The grid as the keyboard sees it: how many focusable cells each row holds. */
export interface GridLayout {
  rowLengths: readonly number[];
  /** Rows that fit in the viewport: how far PageUp / PageDown move. */
  pageSize: number;
}

export interface CellPosition {
  row: number;
  column: number;
}

export interface NextCellOptions {
  rtl?: boolean;
  /** Ctrl (or Cmd on macOS) held: Home / End go to the first / last cell of the grid. */
  ctrlKey?: boolean;
}

/** A column past any row's end: `cellAt` clamps it to the row's last cell. */
const LAST_COLUMN = Number.POSITIVE_INFINITY;

/**
 * The keyboard delegate of the grid (ARIA grid pattern, tiles flowing in rows): where focus goes
 * from `current` for a key. Left / Right continue into the previous / next row, because tiles read
 * as one flowing list. Returns null for keys the grid does not handle.
 */
export function getNextCell(
  { rowLengths, pageSize }: GridLayout,
  current: CellPosition,
  key: string,
  { rtl = false, ctrlKey = false }: NextCellOptions = {},
): CellPosition | null {
  const { row, column } = current;
  const lengthOf = (index: number) => rowLengths[index] ?? 0;
  /** The nearest row holding cells, starting at `from` and walking by `step`. */
  const findRow = (from: number, step: number) => {
    for (let index = from; index >= 0 && index < rowLengths.length; index += step) {
      if (lengthOf(index) > 0) return index;
    }
    return undefined;
  };
  const cellAt = (target: number | undefined, targetColumn: number) =>
    target === undefined
      ? null
      : { row: target, column: Math.min(targetColumn, lengthOf(target) - 1) };
  const moveRows = (by: number) => {
    const target = Math.max(0, Math.min(rowLengths.length - 1, row + by));
    return cellAt(findRow(target, Math.sign(by)) ?? findRow(target, -Math.sign(by)), column);
  };

  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  let next: CellPosition | null;
  switch (key) {
    case forward:
      next =
        column < lengthOf(row) - 1 ? { row, column: column + 1 } : cellAt(findRow(row + 1, 1), 0);
      break;
    case backward:
      next = column > 0 ? { row, column: column - 1 } : cellAt(findRow(row - 1, -1), LAST_COLUMN);
      break;
    case 'ArrowDown':
    case 'ArrowUp':
    case 'PageDown':
    case 'PageUp': {
      const rows = key.startsWith('Page') ? Math.max(1, pageSize) : 1;
      next = moveRows(key.endsWith('Down') ? rows : -rows);
      break;
    }
    case 'Home':
      next = ctrlKey ? cellAt(findRow(0, 1), 0) : { row, column: 0 };
      break;
    case 'End':
      next = cellAt(ctrlKey ? findRow(rowLengths.length - 1, -1) : row, LAST_COLUMN);
      break;
    default:
      return null;
  }
  // A position that no longer exists restarts at the first cell; at an edge focus stays put.
  if (lengthOf(row) === 0) return cellAt(findRow(0, 1), 0);
  return next ?? current;
}
