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

function lengthOf(layout: GridLayout, row: number): number {
  return layout.rowLengths[row] ?? 0;
}

function findRow(layout: GridLayout, from: number, step: 1 | -1): number | null {
  for (let row = from; row >= 0 && row < layout.rowLengths.length; row += step) {
    if (lengthOf(layout, row) > 0) return row;
  }
  return null;
}

function clampToRow(layout: GridLayout, row: number, column: number): CellPosition {
  return { row, column: Math.min(column, lengthOf(layout, row) - 1) };
}

function moveVertically(layout: GridLayout, current: CellPosition, rows: number): CellPosition {
  const last = layout.rowLengths.length - 1;
  const target = Math.max(0, Math.min(last, current.row + rows));
  const step = rows > 0 ? 1 : -1;
  const row = findRow(layout, target, step) ?? findRow(layout, target, step === 1 ? -1 : 1);
  return row === null ? current : clampToRow(layout, row, current.column);
}

function moveForward(layout: GridLayout, current: CellPosition): CellPosition {
  if (current.column < lengthOf(layout, current.row) - 1) {
    return { row: current.row, column: current.column + 1 };
  }
  const row = findRow(layout, current.row + 1, 1);
  return row === null ? current : { row, column: 0 };
}

function moveBackward(layout: GridLayout, current: CellPosition): CellPosition {
  if (current.column > 0) return { row: current.row, column: current.column - 1 };
  const row = findRow(layout, current.row - 1, -1);
  return row === null ? current : { row, column: lengthOf(layout, row) - 1 };
}

function firstCell(layout: GridLayout): CellPosition | null {
  const row = findRow(layout, 0, 1);
  return row === null ? null : { row, column: 0 };
}

function lastCell(layout: GridLayout): CellPosition | null {
  const row = findRow(layout, layout.rowLengths.length - 1, -1);
  return row === null ? null : { row, column: lengthOf(layout, row) - 1 };
}

/**
 * The keyboard delegate of the grid (ARIA grid pattern, tiles flowing in rows): where focus goes
 * from `current` for a key. Left / Right continue into the previous / next row, because tiles read
 * as one flowing list. Returns null for keys the grid does not handle.
 */
export function getNextCell(
  layout: GridLayout,
  current: CellPosition,
  key: string,
  options: NextCellOptions = {},
): CellPosition | null {
  if (lengthOf(layout, current.row) === 0) return firstCell(layout);
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return moveForward(layout, current);
    case backward:
      return moveBackward(layout, current);
    case 'ArrowDown':
      return moveVertically(layout, current, 1);
    case 'ArrowUp':
      return moveVertically(layout, current, -1);
    case 'PageDown':
      return moveVertically(layout, current, Math.max(1, layout.pageSize));
    case 'PageUp':
      return moveVertically(layout, current, -Math.max(1, layout.pageSize));
    case 'Home':
      return options.ctrlKey ? firstCell(layout) : { row: current.row, column: 0 };
    case 'End':
      return options.ctrlKey
        ? lastCell(layout)
        : { row: current.row, column: lengthOf(layout, current.row) - 1 };
    default:
      return null;
  }
}
