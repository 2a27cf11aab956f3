import type { KeyboardEvent } from 'react';
import { isRtl } from '../primitives/is-rtl';
import type { PickerStore } from '../store/picker-store';
import type { CellPositions, GridRow } from './build-rows';
import { getNextCell } from './get-next-cell';

export interface GridKeyDownInput {
  store: PickerStore;
  rows: readonly GridRow[];
  positions: CellPositions;
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
  // Keys act from the focused cell. It is the tab stop, except when a look the search matched
  // took the stop as its character opened, while focus stayed on the character.
  const focusedKey =
    (event.target as Element).closest('[data-ap-cell-key]')?.getAttribute('data-ap-cell-key') ??
    tabStopKey;
  if (focusedKey === null) return;
  const ctrlKey = event.ctrlKey || event.metaKey;

  if (key.toLowerCase() === 'f' && !ctrlKey) {
    if (actions.toggleFavorite(focusedKey)) event.preventDefault();
    return;
  }

  const next = getNextCell(
    { rowLengths: rows.map((row) => row.cellKeys.length), pageSize },
    positions.get(focusedKey) ?? { row: 0, column: 0 },
    key,
    { rtl: isRtl(grid), ctrlKey },
  );
  if (next === null) return;
  event.preventDefault();
  const target = rows[next.row];
  const stop = rows[positions.get(tabStopKey ?? '')?.row ?? -1];
  // Stepping into the looks that hold such a waiting tab stop lands on it.
  const intoStop =
    focusedKey !== tabStopKey &&
    target?.kind === 'looks' &&
    stop?.kind === 'looks' &&
    target.characterId === stop.characterId;
  const nextKey = intoStop ? tabStopKey : target?.cellKeys[next.column];
  if (nextKey != null) actions.requestFocus(nextKey);
}
