import { AvatarApiError } from './avatar-api-error';
import { isRecord } from './is-record';
import { parseAvatar } from './parse-avatar';
import type { Avatar, AvatarList } from './types';

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
  if (body.success === false) {
    throw invalid('The avatar API reported a failure in a successful response');
  }
  const rows = body.avatars;
  if (!Array.isArray(rows)) {
    throw invalid('The avatar API response has no avatars array');
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
