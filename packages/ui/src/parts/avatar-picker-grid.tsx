'use client';
import {
  type ComponentPropsWithoutRef,
  type ComponentType,
  type CSSProperties,
  type ForwardedRef,
  forwardRef,
  useMemo,
  useRef,
} from 'react';
import { buildRows } from '../grid/build-rows';
import type { CellPosition } from '../grid/get-next-cell';
import { handleGridKeyDown } from '../grid/handle-grid-key-down';
import { rowStyle } from '../grid/row-style';
import { useGridFocus } from '../grid/use-grid-focus';
import { useGridMetrics } from '../grid/use-grid-metrics';
import { useRowVirtualizer } from '../grid/use-row-virtualizer';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { composeRefs } from '../primitives/compose-refs';
import { createPart } from '../primitives/create-part';
import { useAvatarPickerContext } from '../store/avatar-picker-context';
import { useStoreSelector } from '../store/create-store';
import type { PickerState } from '../store/picker-store';
import { AvatarPickerCharacter, type AvatarPickerCharacterProps } from './avatar-picker-character';
import type { AvatarPickerLookProps } from './avatar-picker-look';
import { AvatarPickerLooks } from './avatar-picker-looks';

export interface AvatarPickerGridComponents {
  Character?: ComponentType<AvatarPickerCharacterProps>;
  Look?: ComponentType<AvatarPickerLookProps>;
}

export interface AvatarPickerGridProps extends ComponentPropsWithoutRef<'div'> {
  /** Columns before the grid is measured (SSR, first paint); then its width decides. */
  columns?: number;
  /** Row height in px before `--ap-row-height` is read. */
  rowHeight?: number;
  /** Rows rendered beyond the visible ones on each side. */
  overscan?: number;
  /** Replace how cells render, e.g. to wrap the parts with your own markup. */
  components?: AvatarPickerGridComponents;
}

const DEFAULTS = { tileSize: 112, gap: 8, viewportHeight: 420 };

const selectActiveKey = (state: PickerState) => state.activeKey;

function GridBody(
  { columns = 4, rowHeight = 136, overscan = 1, components, style, ...rest }: AvatarPickerGridProps,
  forwardedRef: ForwardedRef<HTMLDivElement>,
) {
  const context = useAvatarPickerContext('AvatarPicker.Grid');
  const { data, expandedId, labels, disabled, store } = context;
  const activeKey = useStoreSelector(store, selectActiveKey);
  const scrollRef = useRef<HTMLDivElement>(null);
  const metrics = useGridMetrics(scrollRef, { ...DEFAULTS, columns, rowHeight });
  const rows = useMemo(
    () => buildRows(data.characters, metrics.columns, expandedId, data.looks),
    [data.characters, metrics.columns, expandedId, data.looks],
  );
  const positions = useMemo(() => {
    const map = new Map<string, CellPosition>();
    for (const [row, { cellKeys }] of rows.entries()) {
      for (const [column, key] of cellKeys.entries()) map.set(key, { row, column });
    }
    return map;
  }, [rows]);
  const tabStopKey =
    activeKey !== null && positions.has(activeKey) ? activeKey : (rows[0]?.cellKeys[0] ?? null);

  const { range, totalHeight, scrollToRow } = useRowVirtualizer(scrollRef, {
    count: rows.length,
    rowHeight: metrics.rowHeight,
    viewportHeight: metrics.viewportHeight,
    overscan,
  });

  useGridFocus({ context, scrollRef, positions, scrollToRow });

  const tabStopRow = tabStopKey === null ? undefined : positions.get(tabStopKey)?.row;
  const tabStopRendered =
    tabStopRow !== undefined && tabStopRow >= range.start && tabStopRow < range.end;
  const pageSize = Math.max(1, Math.floor(metrics.viewportHeight / metrics.rowHeight));
  const Character = components?.Character ?? AvatarPickerCharacter;
  const ref = useMemo(() => composeRefs(scrollRef, forwardedRef), [forwardedRef]);

  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows
    <div
      role="grid"
      aria-label={labels.grid}
      aria-rowcount={rows.length}
      aria-colcount={metrics.columns}
      aria-disabled={disabled || undefined}
      data-ap-grid=""
      data-disabled={disabled ? '' : undefined}
      // A virtualized-away tab stop leaves no focusable cell: the grid takes the tab stop instead.
      tabIndex={tabStopRendered || disabled ? undefined : 0}
      {...rest}
      ref={ref}
      style={{ '--ap-columns': metrics.columns, ...style } as CSSProperties}
      onKeyDown={composeEventHandlers(rest.onKeyDown, (event) => {
        if (disabled) return;
        handleGridKeyDown(event, { context, rows, positions, tabStopKey, pageSize });
      })}
      onFocus={composeEventHandlers(rest.onFocus, (event) => {
        if (event.target === event.currentTarget) {
          if (tabStopKey !== null) context.requestFocus(tabStopKey);
          return;
        }
        const key = (event.target as HTMLElement).closest<HTMLElement>('[data-ap-cell-key]')
          ?.dataset.apCellKey;
        if (key !== undefined && key !== activeKey) store.set({ activeKey: key });
      })}
    >
      <div role="presentation" style={{ position: 'relative', blockSize: totalHeight }}>
        {rows.slice(range.start, range.end).map((row, offset) => {
          const index = range.start + offset;
          const placement = rowStyle(index * metrics.rowHeight, metrics.rowHeight);
          if (row.kind !== 'characters') {
            return (
              <AvatarPickerLooks
                key={row.key}
                row={row}
                rowIndex={index}
                tabStopKey={tabStopKey}
                Look={components?.Look}
                style={placement}
              />
            );
          }
          return (
            // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows
            // biome-ignore lint/a11y/useFocusableInteractive: rows are not focus targets in the grid pattern
            <div
              key={row.key}
              role="row"
              aria-rowindex={index + 1}
              data-ap-row="characters"
              style={placement}
            >
              {row.characters.map((character, index) => (
                <Character
                  key={character.id}
                  character={character}
                  aria-colindex={index + 1}
                  isTabStop={character.id === tabStopKey}
                />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

const GridBodyWithRef = forwardRef(GridBody);

/** The virtualized grid of characters with the expanded character's looks inline. */
export const AvatarPickerGrid = createPart<HTMLDivElement, AvatarPickerGridProps>(
  'AvatarPicker.Grid',
  function AvatarPickerGrid(props, ref) {
    const { data } = useAvatarPickerContext('AvatarPicker.Grid');
    if (data.status !== 'ready') return null;
    return <GridBodyWithRef {...props} ref={ref} />;
  },
);
