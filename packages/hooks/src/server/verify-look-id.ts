import { AvatarApiError, isAvatarApiError, throwRefusedRow } from '../core/avatar-api-error';
import { createAvatarClient, type FetchLike } from '../core/create-avatar-client';
import { findAvatar } from '../core/find-avatar';
import { isLookId } from '../core/guards';
import type { Avatar, Look } from '../core/types';
import { WIRE_HEADERS } from '../core/wire';
import { UPSTREAM_TIMEOUT_MS, upstreamDeadline } from './upstream-deadline';

export interface VerifyLookIdOptions {
  /** The AgentHuman API key of the account the picker lists; stays on the server. */
  apiKey: string;
  /** Upstream API origin, e.g. `https://api.agenthuman.com`. */
  upstream: string;
  /** Defaults to the global `fetch`. */
  fetch?: FetchLike;
  /** Aborting rejects the call with the `AvatarApiError` of kind `aborted`. */
  signal?: AbortSignal;
  /**
   * How long the whole check may wait for the API (10 s by default, the proxy's timeout); past it
   * the check resolves with reason `upstream`.
   */
  timeoutMs?: number;
}

/** Why an id was refused; see the README's "Check the pick on your server" for what each means. */
export type VerifyLookIdReason = 'not-found' | 'character' | 'inactive' | 'malformed' | 'upstream';

export type VerifyLookIdResult =
  | { ok: true; look: Look }
  | { ok: false; reason: Exclude<VerifyLookIdReason, 'upstream'> }
  | { ok: false; reason: 'upstream'; error: AvatarApiError };

/**
 * Checks a look id a browser submitted before a session is created with it: that it names a look
 * the key can use (the account's own, or one of a public character) and that the look is active.
 * Resolves with the parsed look or the reason to refuse the id; rejects only when `signal` aborts,
 * or with a `TypeError` for a missing key, an unusable `upstream` or a `timeoutMs` that is not a
 * positive number.
 */
export async function verifyLookId(
  lookId: unknown,
  options: VerifyLookIdOptions,
): Promise<VerifyLookIdResult> {
  const { apiKey, upstream, fetch, signal, timeoutMs = UPSTREAM_TIMEOUT_MS } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError(
      'verifyLookId: apiKey is required (read it from the server environment, e.g. AGENTHUMAN_API_KEY)',
    );
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError('verifyLookId: timeoutMs must be a positive number');
  }
  const client = createAvatarClient({
    baseUrl: upstream,
    headers: { [WIRE_HEADERS.apiKey]: apiKey },
    fetch,
  });
  if (!isLookId(lookId)) return { ok: false, reason: 'malformed' };
  let avatar: Avatar | null;
  // A server action awaiting an upstream that never answers would hang its request for good.
  const deadline = upstreamDeadline(timeoutMs, signal);
  try {
    avatar = await findAvatar(client, lookId, {
      signal: deadline.signal,
      refused: throwRefusedRow,
    });
  } catch (error) {
    // The client rejects with AvatarApiError only, its messages already scrubbed of the key.
    if (!isAvatarApiError(error)) throw error;
    if (error.kind !== 'aborted') return { ok: false, reason: 'upstream', error };
    if (!deadline.timedOut()) throw error;
    const timeout = new AvatarApiError({
      kind: 'network',
      message: `The avatar API did not answer within ${timeoutMs} ms`,
      code: 'UPSTREAM_TIMEOUT',
      cause: error,
    });
    return { ok: false, reason: 'upstream', error: timeout };
  } finally {
    deadline.clear();
  }
  if (avatar === null) return { ok: false, reason: 'not-found' };
  if (avatar.kind === 'character') return { ok: false, reason: 'character' };
  if (!avatar.isActive) return { ok: false, reason: 'inactive' };
  return { ok: true, look: avatar };
}
