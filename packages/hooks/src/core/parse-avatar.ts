import { AvatarApiError } from './avatar-api-error';
import { isAvatarId, isHttpUrl, isRecord } from './guards';
import type { Avatar, AvatarList, CharacterId, LookId } from './types';
import { AVATAR_FIELDS, ENVELOPE_FIELDS } from './wire';

export type ParseAvatarResult =
  | { ok: true; avatar: Avatar }
  | { ok: false; reason: string; avatarId: string | null };

class RowError extends Error {}

/** The API sends 0|1; accept real booleans too so a future API version does not break us. */
function readFlag(row: Record<string, unknown>, field: string, whenAbsent?: boolean): boolean {
  const value = row[field];
  if (value === undefined && whenAbsent !== undefined) return whenAbsent;
  if (value === 1 || value === true) return true;
  if (value === 0 || value === false) return false;
  throw new RowError(`${field} must be 0, 1 or a boolean`);
}

/**
 * ISO 8601 date-time with a zone, e.g. `2024-01-15T10:30:00Z`. Checked by its shape and kept as
 * the string (it sorts as text): `Date.parse` on two fields of every row of a 100,000-row list cost
 * 34 ms.
 */
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/;

function readTimestamp(row: Record<string, unknown>, field: string): string {
  const value = row[field];
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
    throw new RowError(`${field} must be an ISO 8601 date string`);
  }
  return value;
}

function readLooksCount(row: Record<string, unknown>): number | null {
  const value = row[AVATAR_FIELDS.looksCount];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RowError(`${AVATAR_FIELDS.looksCount} must be a non-negative integer`);
  }
  return value;
}

function readName(row: Record<string, unknown>): string {
  const value = row[AVATAR_FIELDS.name];
  // Kept untrimmed and at full length: the name is display text and the UI decides how to clip it.
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RowError(`${AVATAR_FIELDS.name} must be a non-empty string`);
  }
  return value;
}

function readParentId(row: Record<string, unknown>, id: string): string | null {
  const value = row[AVATAR_FIELDS.parentId];
  if (value === undefined || value === null) return null;
  if (!isAvatarId(value)) {
    throw new RowError(`${AVATAR_FIELDS.parentId} must be null or an avatar id`);
  }
  if (value === id) throw new RowError(`${AVATAR_FIELDS.parentId} must not be the avatar itself`);
  return value;
}

function toAvatar(row: Record<string, unknown>, id: string): Avatar {
  const name = readName(row);
  const parentId = readParentId(row, id);
  const looksCount = readLooksCount(row);
  const createdAt = readTimestamp(row, AVATAR_FIELDS.createdAt);
  const previewImageUrl = row[AVATAR_FIELDS.previewImageUrl];
  const updatedAt = row[AVATAR_FIELDS.updatedAt];
  const base = {
    name,
    previewImageUrl: isHttpUrl(previewImageUrl) ? previewImageUrl : null,
    isFavorite: readFlag(row, AVATAR_FIELDS.isFavorite),
    isPublic: readFlag(row, AVATAR_FIELDS.isPublic),
    isActive: readFlag(row, AVATAR_FIELDS.isActive, true),
    createdAt,
    updatedAt:
      updatedAt === undefined || updatedAt === null
        ? createdAt
        : readTimestamp(row, AVATAR_FIELDS.updatedAt),
  };
  if (parentId === null) {
    return { ...base, kind: 'character', id: id as CharacterId, looksCount };
  }
  const videoUrl = row[AVATAR_FIELDS.videoUrl];
  return {
    ...base,
    kind: 'look',
    id: id as LookId,
    characterId: parentId as CharacterId,
    videoUrl: isHttpUrl(videoUrl) ? videoUrl : null,
  };
}

/**
 * Converts one wire row (snake_case, untrusted) into a domain avatar. A row that cannot be trusted
 * is refused with a reason instead of throwing, so one bad row never hides the rest of a list.
 */
export function parseAvatar(row: unknown): ParseAvatarResult {
  if (!isRecord(row)) return { ok: false, reason: 'row must be an object', avatarId: null };
  const id = row[AVATAR_FIELDS.id];
  if (!isAvatarId(id)) {
    return {
      ok: false,
      reason: `${AVATAR_FIELDS.id} must be "avat_" followed by 1 to 64 letters or digits`,
      avatarId: null,
    };
  }
  try {
    return { ok: true, avatar: toAvatar(row, id) };
  } catch (error) {
    if (error instanceof RowError) return { ok: false, reason: error.message, avatarId: id };
    throw error;
  }
}

/** Which parsed avatars an endpoint may return; the others are refused with `rejection`. */
export interface AvatarListFilter<T extends Avatar> {
  accepts(avatar: Avatar): avatar is T;
  rejection: string;
}

/** Rows parsed between two yields to the main thread: a few milliseconds of work. */
export const PARSE_SLICE_ROWS = 2_000;

function invalid(message: string): AvatarApiError {
  return new AvatarApiError({ kind: 'invalid-response', message });
}

function rowsOf(body: unknown): unknown[] {
  if (!isRecord(body)) {
    throw invalid('The avatar API returned a body that is not an object');
  }
  if (body[ENVELOPE_FIELDS.success] === false) {
    throw invalid('The avatar API reported a failure in a successful response');
  }
  const rows = body[ENVELOPE_FIELDS.avatars];
  if (!Array.isArray(rows)) {
    throw invalid(`The avatar API response has no ${ENVELOPE_FIELDS.avatars} array`);
  }
  return rows;
}

function parseRows<T extends Avatar>(
  rows: readonly unknown[],
  from: number,
  to: number,
  filter: AvatarListFilter<T>,
  list: AvatarList<T>,
): void {
  for (let index = from; index < to; index += 1) {
    const result = parseAvatar(rows[index]);
    if (!result.ok) {
      list.skipped.push({ index, reason: result.reason, avatarId: result.avatarId });
    } else if (filter.accepts(result.avatar)) {
      list.items.push(result.avatar);
    } else {
      list.skipped.push({ index, reason: filter.rejection, avatarId: result.avatar.id });
    }
  }
}

/**
 * Validates a list envelope `{success, avatars: [...]}`. A broken envelope fails the whole call;
 * a broken row only drops that row (reported in `skipped`) so one bad avatar cannot blank a picker.
 * Rows are checked in slices of `PARSE_SLICE_ROWS`, awaiting `between()` after each slice but the
 * last, so a 100,000-row list gives the page room to answer input while it is checked. `between`
 * yields to the main thread and may throw (an aborted request) to stop the parse.
 */
export async function parseAvatarList<T extends Avatar>(
  body: unknown,
  filter: AvatarListFilter<T>,
  between: () => Promise<void>,
): Promise<AvatarList<T>> {
  const rows = rowsOf(body);
  const list: AvatarList<T> = { items: [], skipped: [] };
  for (let from = 0; from < rows.length; from += PARSE_SLICE_ROWS) {
    if (from > 0) await between();
    parseRows(rows, from, Math.min(rows.length, from + PARSE_SLICE_ROWS), filter, list);
  }
  return list;
}
