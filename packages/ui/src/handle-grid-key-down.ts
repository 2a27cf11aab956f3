import type { KeyboardEvent } from 'react';
import type { AvatarPickerContextValue } from './avatar-picker-context';
import type { GridRow } from './build-rows';
import { type CellPosition, getNextCell } from './get-next-cell';

const NAVIGATION_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export interface GridKeyDownInput {
  context: AvatarPickerContextValue;
  rows: readonly GridRow[];
  positions: ReadonlyMap<string, CellPosition>;
  tabStopKey: string | null;
  pageSize: number;
}

function findCell(grid: HTMLElement, key: string): HTMLElement | null {
  for (const cell of grid.querySelectorAll<HTMLElement>('[data-ap-cell-key]')) {
    if (cell.dataset.apCellKey === key) return cell;
  }
  return null;
}

/** Keyboard handling of the grid (ARIA grid pattern); where focus goes comes from getNextCell. */
export function handleGridKeyDown(
  event: KeyboardEvent<HTMLElement>,
  { context, rows, positions, tabStopKey, pageSize }: GridKeyDownInput,
): void {
  if (event.altKey) return;
  const { expandedId, requestFocus, collapse } = context;

  if (event.key === 'Escape') {
    if (expandedId === null) return;
    event.preventDefault();
    collapse();
    requestFocus(expandedId);
    return;
  }

  if (event.key.toLowerCase() === 'f' && !event.ctrlKey && !event.metaKey && tabStopKey !== null) {
    const toggle = findCell(event.currentTarget, tabStopKey)?.querySelector<HTMLElement>(
      '[data-ap-favorite]',
    );
    if (toggle === null || toggle === undefined) return;
    event.preventDefault();
    toggle.click();
    return;
  }

  if (!NAVIGATION_KEYS.has(event.key) || tabStopKey === null) return;
  const current = positions.get(tabStopKey) ?? { row: 0, column: 0 };
  const rtl = event.currentTarget.closest('[dir]')?.getAttribute('dir') === 'rtl';
  const next = getNextCell(
    { rowLengths: rows.map((row) => row.cellKeys.length), pageSize },
    current,
    event.key,
    { rtl, ctrlKey: event.ctrlKey || event.metaKey },
  );
  if (next === null) return;
  event.preventDefault();
  const key = rows[next.row]?.cellKeys[next.column];
  if (key !== undefined) requestFocus(key);
}
