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
import { buildRows, openLooks } from '../grid/build-rows';
import { GridProvider } from '../grid/grid-context';
import { handleGridKeyDown } from '../grid/handle-grid-key-down';
import { rowStyle } from '../grid/row-style';
import { useGridFocus } from '../grid/use-grid-focus';
import { useGridMetrics } from '../grid/use-grid-metrics';
import { useRowVirtualizer } from '../grid/use-row-virtualizer';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { composeRefs } from '../primitives/compose-refs';
import { createPart } from '../primitives/create-part';
import { useIsomorphicLayoutEffect } from '../primitives/use-isomorphic-layout-effect';
import { useStoreSelector } from '../store/create-store';
import { useNodeRef, usePickerBasics, usePickerDataContext } from '../store/picker-context';
import type { PickerState } from '../store/picker-store';
import { AvatarPickerCharacter } from './avatar-picker-character';
import { LooksRow } from './looks-row';
import { RecentsRow } from './recents-row';
import type { CharacterTileProps } from './use-character-cell';
import type { LookTileProps } from './use-look-cell';

/**
 * How the grid draws its tiles. Each receives the avatar, its state and ready props to spread:
 * `({ look, state, ...props }) => <div {...props}>…</div>`.
 */
export interface AvatarPickerGridComponents {
  Character?: ComponentType<CharacterTileProps>;
  Look?: ComponentType<LookTileProps>;
}

export interface AvatarPickerGridProps extends ComponentPropsWithoutRef<'div'> {
  /** Columns before the grid is measured (SSR, first paint); then its width decides. */
  columns?: number;
  /** Row height in px before `--ap-row-height` is read. */
  rowHeight?: number;
  /** Rows rendered beyond the visible ones on each side. */
  overscan?: number;
  /** Your own tile markup, given ready props; the default tiles are built the same way. */
  components?: AvatarPickerGridComponents;
}

const DEFAULTS = { tileSize: 112, gap: 8, viewportHeight: 420 };

const selectActiveKey = (state: PickerState) => state.activeKey;
const selectExpandedId = (state: PickerState) => state.expandedId;

function GridBody(
  { columns = 4, rowHeight = 136, overscan = 1, components, style, ...rest }: AvatarPickerGridProps,
  forwardedRef: ForwardedRef<HTMLDivElement>,
) {
  const { store, labels, disabled } = usePickerBasics('AvatarPicker.Grid');
  const data = usePickerDataContext('AvatarPicker.Grid');
  const activeKey = useStoreSelector(store, selectActiveKey);
  const expandedId = useStoreSelector(store, selectExpandedId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const metrics = useGridMetrics(scrollRef, { ...DEFAULTS, columns, rowHeight });
  const closed = useMemo(
    () => buildRows(data.characters, metrics.columns, data.recents),
    [data.characters, metrics.columns, data.recents],
  );
  const { rows, positions } = useMemo(
    () => openLooks(closed, expandedId, data.looks, metrics.columns),
    [closed, expandedId, data.looks, metrics.columns],
  );
  // The tab stop stays on its cell while the cell exists, else falls back to the first cell.
  // A fallback no one has focused yet keeps following the first cell: a Recently used row that
  // resolves after the characters takes it, so Tab then Enter picks the last used look.
  const fallback = useRef<string | null>(null);
  const tabStopKey =
    activeKey !== null && activeKey !== fallback.current && positions.get(activeKey)
      ? activeKey
      : (rows[0]?.cellKeys[0] ?? null);
  useIsomorphicLayoutEffect(() => {
    if (tabStopKey !== null && tabStopKey !== store.get().activeKey) {
      fallback.current = tabStopKey;
      store.actions.setActive(tabStopKey);
    }
  }, [store, tabStopKey]);
  // A look the search matched takes the tab stop when its character opens: Tab or ArrowDown
  // from the character lands on it.
  const { searchMatch } = data;
  useIsomorphicLayoutEffect(() => {
    if (searchMatch !== null) store.actions.setActive(searchMatch);
  }, [store, searchMatch]);

  const { range, totalHeight, scrollToRow } = useRowVirtualizer(scrollRef, {
    count: rows.length,
    rowHeight: metrics.rowHeight,
    viewportHeight: metrics.viewportHeight,
    overscan,
  });

  useGridFocus({ store, positions, scrollToRow });

  // Tiles take the tab stop from the store, so the grid holds it until the store has one in view.
  const tabStopRow = activeKey === tabStopKey ? positions.get(tabStopKey ?? '')?.row : undefined;
  const tabStopRendered =
    tabStopRow !== undefined && tabStopRow >= range.start && tabStopRow < range.end;
  const pageSize = Math.max(1, Math.floor(metrics.viewportHeight / metrics.rowHeight));
  const registerGrid = useNodeRef(store, 'grid');
  const ref = useMemo(
    () => composeRefs(scrollRef, registerGrid, forwardedRef),
    [registerGrid, forwardedRef],
  );
  const tiles = useMemo(
    () => ({ Character: components?.Character, Look: components?.Look }),
    [components?.Character, components?.Look],
  );
  const { retryLooks } = data;

  return (
    <GridProvider value={tiles}>
      {/* biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows */}
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
          handleGridKeyDown(event, { store, rows, positions, tabStopKey, pageSize });
        })}
        onFocus={composeEventHandlers(rest.onFocus, (event) => {
          if (event.target !== event.currentTarget) fallback.current = null;
          else if (tabStopKey !== null) {
            store.actions.requestFocus(tabStopKey);
          }
        })}
        // Tiles keep the highlight over the gaps between them: the grid ends it.
        onPointerLeave={composeEventHandlers(rest.onPointerLeave, () =>
          store.actions.highlight('pointer', null),
        )}
      >
        <div role="presentation" style={{ position: 'relative', blockSize: totalHeight }}>
          {rows.slice(range.start, range.end).map((row, offset) => {
            const index = range.start + offset;
            const placement = rowStyle(index * metrics.rowHeight, metrics.rowHeight);
            if (row.kind === 'recent') {
              return (
                <RecentsRow
                  key={row.key}
                  row={row}
                  rowIndex={index}
                  style={placement}
                  characterNames={data.recents.characterNames}
                />
              );
            }
            if (row.kind !== 'characters') {
              return (
                <LooksRow
                  key={row.key}
                  row={row}
                  rowIndex={index}
                  style={placement}
                  retry={retryLooks}
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
                {row.characters.map((character, column) => (
                  <AvatarPickerCharacter
                    key={character.id}
                    character={character}
                    aria-colindex={column + 1}
                  />
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </GridProvider>
  );
}

const GridBodyWithRef = forwardRef(GridBody);

/** The virtualized grid of characters with the open character's looks in rows below it. */
export const AvatarPickerGrid = createPart<HTMLDivElement, AvatarPickerGridProps>(
  'AvatarPicker.Grid',
  function AvatarPickerGrid(props, ref) {
    const data = usePickerDataContext('AvatarPicker.Grid');
    if (data.status !== 'ready') return null;
    return <GridBodyWithRef {...props} ref={ref} />;
  },
);
