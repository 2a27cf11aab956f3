import type { KeyboardEvent } from 'react';
import { isRtl } from '../primitives/is-rtl';
import type { AvatarPickerContextValue } from '../store/avatar-picker-context';
import type { GridRow } from './build-rows';
import { type CellPosition, getNextCell } from './get-next-cell';

export interface GridKeyDownInput {
  context: AvatarPickerContextValue;
  rows: readonly GridRow[];
  positions: ReadonlyMap<string, CellPosition>;
  tabStopKey: string | null;
  pageSize: number;
}

/** Keyboard handling of the grid (ARIA grid pattern); where focus goes comes from getNextCell. */
export function handleGridKeyDown(
  event: KeyboardEvent<HTMLElement>,
  { context, rows, positions, tabStopKey, pageSize }: GridKeyDownInput,
): void {
  const { key, currentTarget: grid } = event;
  if (event.altKey) return;
  if (key === 'Escape') {
    if (context.collapse()) event.preventDefault();
    return;
  }
  if (tabStopKey === null) return;
  const ctrlKey = event.ctrlKey || event.metaKey;

  if (key.toLowerCase() === 'f' && !ctrlKey) {
    // Cell keys are avatar ids, validated to [0-9A-Za-z_:], so they are safe inside a selector.
    const toggle = grid.querySelector<HTMLElement>(
      `[data-ap-cell-key="${tabStopKey}"] [data-ap-favorite]`,
    );
    if (toggle === null) return;
    event.preventDefault();
    toggle.click();
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
  if (nextKey !== undefined) context.requestFocus(nextKey);
}
