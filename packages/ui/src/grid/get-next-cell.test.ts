import { describe, expect, it } from 'vitest';
import { type CellPosition, type GridLayout, getNextCell } from './get-next-cell';

// Four characters per row; row 1 is an expanded looks row holding two looks.
const layout: GridLayout = { rowLengths: [4, 2, 4, 4, 3], pageSize: 2 };
const at = (row: number, column: number): CellPosition => ({ row, column });

describe('getNextCell', () => {
  it.each([
    ['ArrowRight', at(0, 0), at(0, 1)],
    ['ArrowRight', at(0, 3), at(1, 0)],
    ['ArrowRight', at(4, 2), at(4, 2)],
    ['ArrowLeft', at(0, 1), at(0, 0)],
    ['ArrowLeft', at(2, 0), at(1, 1)],
    ['ArrowLeft', at(0, 0), at(0, 0)],
    ['ArrowDown', at(0, 3), at(1, 1)],
    ['ArrowDown', at(1, 1), at(2, 1)],
    ['ArrowDown', at(3, 3), at(4, 2)],
    ['ArrowDown', at(4, 0), at(4, 0)],
    ['ArrowUp', at(2, 3), at(1, 1)],
    ['ArrowUp', at(0, 2), at(0, 2)],
    ['Home', at(2, 3), at(2, 0)],
    ['End', at(2, 0), at(2, 3)],
    ['End', at(1, 0), at(1, 1)],
    ['PageDown', at(0, 2), at(2, 2)],
    ['PageDown', at(3, 3), at(4, 2)],
    ['PageUp', at(4, 1), at(2, 1)],
    ['PageUp', at(1, 0), at(0, 0)],
  ])('%s from %o goes to %o', (key, from, to) => {
    expect(getNextCell(layout, from, key)).toEqual(to);
  });

  it('Ctrl+Home / Ctrl+End go to the first / last cell of the grid', () => {
    expect(getNextCell(layout, at(3, 2), 'Home', { ctrlKey: true })).toEqual(at(0, 0));
    expect(getNextCell(layout, at(0, 1), 'End', { ctrlKey: true })).toEqual(at(4, 2));
  });

  it('swaps ArrowLeft and ArrowRight in right-to-left layouts', () => {
    expect(getNextCell(layout, at(0, 1), 'ArrowLeft', { rtl: true })).toEqual(at(0, 2));
    expect(getNextCell(layout, at(0, 1), 'ArrowRight', { rtl: true })).toEqual(at(0, 0));
    expect(getNextCell(layout, at(2, 0), 'ArrowRight', { rtl: true })).toEqual(at(1, 1));
  });

  it('returns null for keys the grid does not handle', () => {
    expect(getNextCell(layout, at(0, 0), 'Tab')).toBeNull();
    expect(getNextCell(layout, at(0, 0), 'a')).toBeNull();
  });

  it('goes to the first cell when the current position no longer exists', () => {
    expect(getNextCell(layout, at(9, 0), 'ArrowDown')).toEqual(at(0, 0));
  });

  it('skips rows without cells and handles an empty grid', () => {
    const sparse: GridLayout = { rowLengths: [2, 0, 2], pageSize: 1 };
    expect(getNextCell(sparse, at(0, 1), 'ArrowDown')).toEqual(at(2, 1));
    expect(getNextCell(sparse, at(2, 0), 'ArrowUp')).toEqual(at(0, 0));
    expect(getNextCell({ rowLengths: [], pageSize: 3 }, at(0, 0), 'ArrowDown')).toBeNull();
  });
});
