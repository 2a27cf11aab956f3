import { AvatarApiError } from './avatar-api-error';
import { isRecord } from './is-record';
import { parseAvatar } from './parse-avatar';
import type { Avatar, AvatarList, SkippedRow } from './types';

/** Which parsed avatars an endpoint may return; the others are refused with `rejection`. */
export interface AvatarListFilter<T extends Avatar> {
  accepts(avatar: Avatar): avatar is T;
  rejection: string;
}

function invalid(message: string): AvatarApiError {
  return new AvatarApiError({ kind: 'invalid-response', message });
}

/**
 * Validates a list envelope `{success, avatars: [...]}`. A broken envelope fails the whole call;
 * a broken row only drops that row (reported in `skipped`) so one bad avatar cannot blank a picker.
 */
export function parseAvatarList<T extends Avatar>(
  body: unknown,
  filter: AvatarListFilter<T>,
): AvatarList<T> {
  if (!isRecord(body)) {
    throw invalid('The avatar API returned a body that is not an object');
  }
  if (body.success === false) {
    throw invalid('The avatar API reported a failure in a successful response');
  }
  const rows = body.avatars;
  if (!Array.isArray(rows)) {
    throw invalid('The avatar API response has no avatars array');
  }
  const items: T[] = [];
  const skipped: SkippedRow[] = [];
  rows.forEach((row: unknown, index) => {
    const result = parseAvatar(row);
    if (!result.ok) {
      skipped.push({ index, reason: result.reason, avatarId: result.avatarId });
    } else if (filter.accepts(result.avatar)) {
      items.push(result.avatar);
    } else {
      skipped.push({ index, reason: filter.rejection, avatarId: result.avatar.id });
    }
  });
  return { items, skipped };
}
