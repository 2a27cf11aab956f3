'use client';
import type { ComponentPropsWithoutRef, ComponentType, ReactNode } from 'react';
import type { GridRow } from '../grid/build-rows';
import { createPart } from '../primitives/create-part';
import { useAvatarPickerContext } from '../store/avatar-picker-context';
import { AvatarPickerLook, type AvatarPickerLookProps } from './avatar-picker-look';
import { describeApiError } from './describe-api-error';

type LooksRow = Exclude<GridRow, { kind: 'characters' }>;

export interface AvatarPickerLooksProps extends ComponentPropsWithoutRef<'div'> {
  row: LooksRow;
  rowIndex: number;
  tabStopKey: string | null;
  Look?: ComponentType<AvatarPickerLookProps> | undefined;
}

const STATE_BY_KIND = {
  looks: 'ready',
  'looks-loading': 'loading',
  'looks-error': 'error',
  'looks-empty': 'empty',
} as const;

/**
 * A row of the expanded character's looks, inserted below its row. While the looks load, fail or
 * turn out empty, the row holds one cell that says so (with a retry button on failure).
 */
export const AvatarPickerLooks = createPart<HTMLDivElement, AvatarPickerLooksProps>(
  'AvatarPicker.Looks',
  function AvatarPickerLooks({ row, rowIndex, tabStopKey, Look = AvatarPickerLook, ...rest }, ref) {
    const { labels, data, disabled } = useAvatarPickerContext('AvatarPicker.Looks');
    const isTabStop = tabStopKey === row.key;
    const statusCell = (content: ReactNode, focusable: boolean) => (
      // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows
      <div
        role="gridcell"
        aria-colindex={1}
        data-ap-cell=""
        data-ap-status-cell=""
        data-ap-cell-key={row.key}
        data-ap-focus-key={focusable ? row.key : undefined}
        tabIndex={focusable ? (isTabStop && !disabled ? 0 : -1) : undefined}
      >
        {content}
      </div>
    );

    let cells: ReactNode;
    if (row.kind === 'looks') {
      cells = row.looks.map((look, index) => (
        <Look
          key={look.id}
          look={look}
          aria-colindex={index + 1}
          isTabStop={look.id === tabStopKey}
        />
      ));
    } else if (row.kind === 'looks-loading') {
      cells = statusCell(<span aria-busy="true">{labels.loadingLooks}</span>, true);
    } else if (row.kind === 'looks-empty') {
      cells = statusCell(labels.noLooks, true);
    } else {
      cells = statusCell(
        <>
          <span data-ap-error-message="">
            {labels.looksError} {describeApiError(row.error, labels)}
          </span>
          <button
            type="button"
            tabIndex={isTabStop && !disabled ? 0 : -1}
            data-ap-focus-key={row.key}
            data-ap-retry=""
            onClick={data.retryLooks}
          >
            {labels.retry}
          </button>
        </>,
        false,
      );
    }

    return (
      // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows
      // biome-ignore lint/a11y/useFocusableInteractive: rows are not focus targets in the grid pattern
      <div
        role="row"
        aria-rowindex={rowIndex + 1}
        data-ap-row="looks"
        data-ap-looks=""
        data-state={STATE_BY_KIND[row.kind]}
        {...rest}
        ref={ref}
      >
        {cells}
      </div>
    );
  },
);
