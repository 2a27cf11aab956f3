'use client';
import type { CSSProperties } from 'react';
import type { GridRow } from '../grid/build-rows';
import { AvatarPickerLook } from './avatar-picker-look';
import { type LooksStatus, looksStatusContent } from './looks-status';
import { useCellState } from './use-cell-state';

type LooksRowModel = Exclude<GridRow, { kind: 'characters' | 'recent' }>;

const STATE_BY_KIND = {
  looks: 'ready',
  'looks-loading': 'loading',
  'looks-error': 'error',
  'looks-empty': 'empty',
} as const;

/** The one cell of a looks row that is loading, failed or empty; it takes the tab stop in turn. */
function StatusCell({ row, retry }: { row: LooksRowModel; retry: () => void }) {
  const { key } = row;
  const { labels, tabIndex, register, onFocus } = useCellState(key, 'AvatarPicker.Grid');
  const status: LooksStatus =
    row.kind === 'looks-error'
      ? { status: 'error', error: row.error, retry }
      : { status: row.kind === 'looks-loading' ? 'loading' : 'empty' };
  // A failed row's focus target is its retry button; the other rows' is the cell itself.
  const focusesCell = status.status !== 'error';
  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows
    <div
      role="gridcell"
      aria-colindex={1}
      data-ap-cell=""
      data-ap-status-cell=""
      data-ap-cell-key={key}
      tabIndex={focusesCell ? tabIndex : undefined}
      ref={focusesCell ? register : undefined}
      onFocus={onFocus}
    >
      {looksStatusContent(status, labels, focusesCell ? {} : { tabIndex, ref: register })}
    </div>
  );
}

/**
 * A row of the open character's looks, inserted below its row. While the looks load, fail or
 * turn out empty, the row holds one cell that says so (with a retry button on failure).
 */
export function LooksRow({
  row,
  rowIndex,
  style,
  retry,
}: {
  row: LooksRowModel;
  rowIndex: number;
  style: CSSProperties;
  retry: () => void;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows
    // biome-ignore lint/a11y/useFocusableInteractive: rows are not focus targets in the grid pattern
    <div
      role="row"
      aria-rowindex={rowIndex + 1}
      data-ap-row="looks"
      data-ap-looks=""
      data-state={STATE_BY_KIND[row.kind]}
      style={style}
    >
      {row.kind === 'looks' ? (
        row.looks.map((look, index) => (
          <AvatarPickerLook key={look.id} look={look} aria-colindex={index + 1} />
        ))
      ) : (
        <StatusCell row={row} retry={retry} />
      )}
    </div>
  );
}
