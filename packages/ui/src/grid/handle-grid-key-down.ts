import type { KeyboardEvent } from 'react';
import { isRtl } from '../primitives/is-rtl';
import type { PickerStore } from '../store/picker-store';
import type { GridRow } from './build-rows';
import { type CellPosition, getNextCell } from './get-next-cell';

export interface GridKeyDownInput {
  store: PickerStore;
  rows: readonly GridRow[];
  positions: ReadonlyMap<string, CellPosition>;
  tabStopKey: string | null;
  pageSize: number;
}

/** Keyboard handling of the grid (ARIA grid pattern); where focus goes comes from getNextCell. */
export function handleGridKeyDown(
  event: KeyboardEvent<HTMLElement>,
  { store, rows, positions, tabStopKey, pageSize }: GridKeyDownInput,
): void {
  const { key, currentTarget: grid } = event;
  const { actions } = store;
  if (event.altKey) return;
  if (key === 'Escape') {
    if (actions.collapse()) event.preventDefault();
    return;
  }
  if (tabStopKey === null) return;
  const ctrlKey = event.ctrlKey || event.metaKey;

  if (key.toLowerCase() === 'f' && !ctrlKey) {
    if (actions.toggleFavorite(tabStopKey)) event.preventDefault();
    return;
  }

  const next = getNextCell(
    { rowLengths: rows.map((row) => row.cellKeys.length), pageSize },
    positions.get(tabStopKey) ?? { row: 0, column: 0 },
    key,
    { rtl: isRtl(grid), ctrlKey },
  );
  if (next === null) return;
  event.preventDefault();
  const nextKey = rows[next.row]?.cellKeys[next.column];
  if (nextKey !== undefined) actions.requestFocus(nextKey);
}
