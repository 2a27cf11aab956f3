'use client';
import type { Look } from '@avatar-picker/hooks';
import { type CSSProperties, memo } from 'react';
import { type GridRow, recentCellKey } from '../grid/build-rows';
import { useGridComponents } from '../grid/grid-context';
import { usePickerBasics } from '../store/picker-context';
import { CellProvider } from './cell-context';
import { LookTile } from './look-tile';
import { useLookCell } from './use-look-cell';

interface RecentLookCellProps {
  look: Look;
  characterName: string | undefined;
  column: number;
}

/**
 * A recently used look: the grid's look tile under a cell key of its own, named with its
 * character. Memoized like `AvatarPicker.Look`: it renders when its look or store slice changes.
 */
const RecentLookCell = memo(function RecentLookCell({
  look,
  characterName,
  column,
}: RecentLookCellProps) {
  const { props, cell } = useLookCell(look, { key: recentCellKey(look.id), characterName });
  const Tile = useGridComponents()?.Look ?? LookTile;
  return (
    <CellProvider value={cell}>
      <Tile look={look} {...props} aria-colindex={column} />
    </CellProvider>
  );
});

/** A row of recently used looks; the first one is named "Recently used", visibly too. */
export function RecentsRow({
  row,
  rowIndex,
  style,
  characterNames,
}: {
  row: Extract<GridRow, { kind: 'recent' }>;
  rowIndex: number;
  style: CSSProperties;
  characterNames: ReadonlyMap<string, string>;
}) {
  const { labels } = usePickerBasics('AvatarPicker.Grid');
  const first = row.key === 'recents:0';
  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows
    // biome-ignore lint/a11y/useFocusableInteractive: rows are not focus targets in the grid pattern
    <div
      role="row"
      aria-rowindex={rowIndex + 1}
      aria-label={first ? labels.recentlyUsed : undefined}
      data-ap-row="recent"
      style={style}
    >
      {/* Hidden from assistive technology, which reads the row's name instead. */}
      {first && (
        <span aria-hidden="true" data-ap-row-label="">
          {labels.recentlyUsed}
        </span>
      )}
      {row.looks.map((look, index) => (
        <RecentLookCell
          key={look.id}
          look={look}
          characterName={characterNames.get(look.characterId)}
          column={index + 1}
        />
      ))}
    </div>
  );
}
