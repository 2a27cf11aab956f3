import type { AvatarApiError, Character, CharacterId, Look } from '@avatar-picker/hooks';

/** What is known about the looks of the expanded character. */
export type LooksState =
  | { status: 'loading' }
  | { status: 'error'; error: AvatarApiError }
  | { status: 'ready'; looks: readonly Look[] };

interface RowBase {
  /** Stable React key and virtualizer key. */
  key: string;
  /** Keys of the focusable cells, in visual order; the keyboard delegate counts these. */
  cellKeys: string[];
}

export type CharacterRow = RowBase & { kind: 'characters'; characters: Character[] };

export type GridRow =
  | CharacterRow
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

function assertColumns(columns: number): void {
  if (!Number.isInteger(columns) || columns < 1) {
    throw new RangeError(`buildRows: columns must be a positive integer, got ${columns}`);
  }
}

/** Characters in rows of `columns` cells: built once per list and width, not per expand. */
export function buildCharacterRows(
  characters: readonly Character[],
  columns: number,
): CharacterRow[] {
  assertColumns(columns);
  return chunk(characters, columns).map((group, index) => ({
    kind: 'characters',
    key: `characters:${index}`,
    characters: group,
    cellKeys: group.map((character) => character.id),
  }));
}

/**
 * The character rows with the expanded character's looks (or their loading / error / empty row)
 * right below its row. `characterIndex` (id → position in the list) finds that row without a scan.
 */
export function insertLooksRows(
  characterRows: readonly CharacterRow[],
  characterIndex: ReadonlyMap<string, number>,
  columns: number,
  expandedId: CharacterId | null,
  looksState: LooksState,
): GridRow[] {
  const index = expandedId === null ? undefined : characterIndex.get(expandedId);
  if (expandedId === null || index === undefined) return [...characterRows];
  const row = Math.floor(index / columns);
  return [
    ...characterRows.slice(0, row + 1),
    ...looksRows(expandedId, looksState, columns),
    ...characterRows.slice(row + 1),
  ];
}

/** Each character's position in the list, for `insertLooksRows` and `createCellLocator`. */
export function indexCharacters(characters: readonly Character[]): Map<string, number> {
  const index = new Map<string, number>();
  characters.forEach((character, position) => index.set(character.id, position));
  return index;
}

/**
 * The flattened row model the grid virtualizes: characters in rows of `columns` cells, and the
 * expanded character's looks (or their loading / error / empty row) right below its row.
 */
export function buildRows(
  characters: readonly Character[],
  columns: number,
  expandedId: CharacterId | null,
  looksState: LooksState,
): GridRow[] {
  return insertLooksRows(
    buildCharacterRows(characters, columns),
    indexCharacters(characters),
    columns,
    expandedId,
    looksState,
  );
}
