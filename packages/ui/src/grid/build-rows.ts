import type { AvatarApiError, Character, CharacterId, Look, LookId } from '@avatar-picker/hooks';
import type { CellPosition } from './get-next-cell';

/** What is known about the looks of the expanded character. */
export type LooksState =
  | { status: 'loading' }
  | { status: 'error'; error: AvatarApiError }
  | { status: 'ready'; looks: readonly Look[] };

/** The recently used looks the grid starts with, in at most `rows` rows. */
export interface RecentsView {
  looks: readonly Look[];
  rows: number;
  /** The names of their characters that cached lists hold, shown with the looks' names. */
  characterNames: ReadonlyMap<string, string>;
}

export const NO_RECENTS: RecentsView = { looks: [], rows: 0, characterNames: new Map() };

/** A recent look's cell key: the same look may also be a cell of its character's looks row. */
export const recentCellKey = (id: LookId) => `recent:${id}`;

interface RowBase {
  /** Stable React key and virtualizer key. */
  key: string;
  /** Keys of the focusable cells, in visual order; the keyboard delegate counts these. */
  cellKeys: string[];
}

export type GridRow =
  | (RowBase & { kind: 'recent'; looks: Look[] })
  | (RowBase & { kind: 'characters'; characters: Character[] })
  | (RowBase & { kind: 'looks'; characterId: CharacterId; looks: Look[] })
  | (RowBase & { kind: 'looks-loading'; characterId: CharacterId })
  | (RowBase & { kind: 'looks-error'; characterId: CharacterId; error: AvatarApiError })
  | (RowBase & { kind: 'looks-empty'; characterId: CharacterId });

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

function looksRows(characterId: CharacterId, state: LooksState, columns: number): GridRow[] {
  const key = `looks:${characterId}`;
  if (state.status === 'loading') {
    return [{ kind: 'looks-loading', key, characterId, cellKeys: [key] }];
  }
  if (state.status === 'error') {
    return [{ kind: 'looks-error', key, characterId, error: state.error, cellKeys: [key] }];
  }
  if (state.looks.length === 0) {
    return [{ kind: 'looks-empty', key, characterId, cellKeys: [key] }];
  }
  return chunk(state.looks, columns).map((looks, index) => ({
    kind: 'looks',
    key: `${key}:${index}`,
    characterId,
    looks,
    cellKeys: looks.map((look) => look.id),
  }));
}

/** Where each cell key sits in the rows. */
export interface CellPositions {
  get(key: string): CellPosition | undefined;
}

/** Indexes the cells of `rows` into `positions`, the first of them at row `first`. */
function indexCells(rows: readonly GridRow[], first: number, positions: Map<string, CellPosition>) {
  for (const [index, { cellKeys }] of rows.entries()) {
    for (const [column, key] of cellKeys.entries())
      positions.set(key, { row: first + index, column });
  }
  return positions;
}

/** The flattened rows the grid virtualizes, and where each cell is in them. */
export interface RowModel {
  rows: readonly GridRow[];
  positions: CellPositions;
}

/**
 * The rows with no character open: the recently used looks first, then characters in rows of
 * `columns` cells. Built when the list or the width changes, never when a character opens.
 */
export function buildRows(
  characters: readonly Character[],
  columns: number,
  recents: RecentsView = NO_RECENTS,
): RowModel {
  if (!Number.isInteger(columns) || columns < 1) {
    throw new RangeError(`buildRows: columns must be a positive integer, got ${columns}`);
  }
  const rows: GridRow[] = chunk(recents.looks, columns)
    .slice(0, recents.rows)
    .map((group, index) => ({
      kind: 'recent',
      key: `recents:${index}`,
      looks: group,
      cellKeys: group.map((look) => recentCellKey(look.id)),
    }));
  for (const [index, group] of chunk(characters, columns).entries()) {
    rows.push({
      kind: 'characters',
      key: `characters:${index}`,
      characters: group,
      cellKeys: group.map((character) => character.id),
    });
  }
  return { rows, positions: indexCells(rows, 0, new Map()) };
}

/**
 * `model` with the expanded character's looks (or their loading, error or empty row) right
 * below its row. Only the looks are indexed; the cells below shift by the rows inserted, so
 * opening a character costs its looks, not a new index of every cell.
 */
export function openLooks(
  model: RowModel,
  expandedId: CharacterId | null,
  looksState: LooksState,
  columns: number,
): RowModel {
  const holder = expandedId === null ? undefined : model.positions.get(expandedId);
  if (expandedId === null || holder === undefined) return model;
  const inserted = looksRows(expandedId, looksState, columns);
  const below = holder.row + 1;
  const looks = indexCells(inserted, below, new Map());
  return {
    rows: [...model.rows.slice(0, below), ...inserted, ...model.rows.slice(below)],
    positions: {
      get(key) {
        const look = looks.get(key);
        if (look !== undefined) return look;
        const position = model.positions.get(key);
        return position === undefined || position.row < below
          ? position
          : { row: position.row + inserted.length, column: position.column };
      },
    },
  };
}
