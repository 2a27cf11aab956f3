import { isAvatarId } from './is-avatar-id';
import { isHttpUrl } from './is-http-url';
import { isRecord } from './is-record';
import type { Avatar, CharacterId, LookId } from './types';

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
  const value = row.looks_count;
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RowError('looks_count must be a non-negative integer');
  }
  return value;
}

function readName(row: Record<string, unknown>): string {
  const value = row.name;
  // Kept untrimmed and at full length: the name is display text and the UI decides how to clip it.
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RowError('name must be a non-empty string');
  }
  return value;
}

function readParentId(row: Record<string, unknown>, id: string): string | null {
  const value = row.parent_id;
  if (value === undefined || value === null) return null;
  if (!isAvatarId(value)) throw new RowError('parent_id must be null or an avatar id');
  if (value === id) throw new RowError('parent_id must not be the avatar itself');
  return value;
}

function toAvatar(row: Record<string, unknown>, id: string): Avatar {
  const name = readName(row);
  const parentId = readParentId(row, id);
  const looksCount = readLooksCount(row);
  const createdAt = readTimestamp(row, 'created_at');
  const base = {
    name,
    previewImageUrl: isHttpUrl(row.preview_img_url) ? row.preview_img_url : null,
    isFavorite: readFlag(row, 'is_favorite'),
    isPublic: readFlag(row, 'is_public'),
    isActive: readFlag(row, 'active', true),
    createdAt,
    updatedAt:
      row.updated_at === undefined || row.updated_at === null
        ? createdAt
        : readTimestamp(row, 'updated_at'),
  };
  if (parentId === null) {
    return { ...base, kind: 'character', id: id as CharacterId, looksCount };
  }
  return {
    ...base,
    kind: 'look',
    id: id as LookId,
    characterId: parentId as CharacterId,
    videoUrl: isHttpUrl(row.video_url) ? row.video_url : null,
  };
}

/**
 * Converts one wire row (snake_case, untrusted) into a domain avatar. The only place that knows
 * the wire field names. A row that cannot be trusted is refused with a reason instead of throwing,
 * so one bad row never hides the rest of a list.
 */
export function parseAvatar(row: unknown): ParseAvatarResult {
  if (!isRecord(row)) return { ok: false, reason: 'row must be an object', avatarId: null };
  const id = row.avatar_id;
  if (!isAvatarId(id)) {
    return {
      ok: false,
      reason: 'avatar_id must be "avat_" followed by 1 to 64 letters or digits',
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
