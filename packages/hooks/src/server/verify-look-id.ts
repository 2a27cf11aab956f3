import { AvatarApiError, isAvatarApiError } from '../core/avatar-api-error';
import { createAvatarClient, type FetchLike } from '../core/create-avatar-client';
import { isLookId } from '../core/guards';
import type { Avatar, AvatarClient, AvatarList, Character, Look, LookId } from '../core/types';
import { WIRE_HEADERS } from '../core/wire';

export interface VerifyLookIdOptions {
  /** The AgentHuman API key of the account the picker lists; stays on the server. */
  apiKey: string;
  /** Upstream API origin, e.g. `https://api.agenthuman.com`. */
  upstream: string;
  /** Defaults to the global `fetch`. */
  fetch?: FetchLike;
  /** Aborting rejects the call with the `AvatarApiError` of kind `aborted`. */
  signal?: AbortSignal;
}

/** Why an id was refused; see the README's "Check the pick on your server" for what each means. */
export type VerifyLookIdReason = 'not-found' | 'character' | 'inactive' | 'malformed' | 'upstream';

export type VerifyLookIdResult =
  | { ok: true; look: Look }
  | { ok: false; reason: Exclude<VerifyLookIdReason, 'upstream'> }
  | { ok: false; reason: 'upstream'; error: AvatarApiError };

/** Public characters whose looks are requested at once after the likeliest parent missed. */
const LOOK_SEARCH_CONCURRENCY = 4;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ULID_ID = /^avat_([0-9A-HJKMNP-TV-Z]{10})[0-9A-HJKMNP-TV-Z]{16}$/i;
// created_at has whole seconds while a ULID has milliseconds; a rounded created_at may be ahead.
const CREATED_AT_PRECISION_MS = 1000;

/** The creation time in an `avat_` + ULID id, or null for an id of another shape. */
function idTimeMs(id: string): number | null {
  const time = ULID_ID.exec(id)?.[1];
  if (time === undefined) return null;
  let ms = 0;
  for (const char of time.toUpperCase()) ms = ms * 32 + CROCKFORD.indexOf(char);
  return ms;
}

/** The avatar with `id` in a list; a row the client refused for that id is a broken response. */
function findIn(list: AvatarList, id: LookId): Avatar | null {
  const avatar = list.items.find((item) => item.id === id);
  if (avatar !== undefined) return avatar;
  const skipped = list.skipped.find((row) => row.avatarId === id);
  if (skipped === undefined) return null;
  throw new AvatarApiError({
    kind: 'invalid-response',
    message: `The avatar API returned the avatar in a shape the client refuses: ${skipped.reason}`,
  });
}

/**
 * Parents a look may have, likeliest first. A look is made after its character and a ULID starts
 * with its creation time, so the nearest public character created before the look is asked first.
 * The others still follow: the order only saves requests, it never decides the answer.
 */
function candidateParents(
  publicAvatars: readonly Avatar[],
  ownIds: ReadonlySet<string>,
  lookId: LookId,
): Character[] {
  // Own characters' looks were in the account's list already; a character with no looks has none.
  const characters = publicAvatars.filter(
    (avatar): avatar is Character =>
      avatar.kind === 'character' && !ownIds.has(avatar.id) && avatar.looksCount !== 0,
  );
  const lookMs = idTimeMs(lookId);
  if (lookMs === null) return characters;
  const dated = characters.map((character) => ({ character, ms: Date.parse(character.createdAt) }));
  const isOlder = ({ ms }: { ms: number }) => ms - CREATED_AT_PRECISION_MS <= lookMs;
  return [
    ...dated.filter(isOlder).sort((a, b) => b.ms - a.ms),
    ...dated.filter((entry) => !isOlder(entry)),
  ].map(({ character }) => character);
}

/**
 * Lists the looks of `parents`, a few at a time, until one holds `lookId`. A 404 means that
 * character is gone or no longer public, so the search goes on; any other failure ends it.
 */
async function searchLooks(
  client: AvatarClient,
  lookId: LookId,
  parents: readonly Character[],
  concurrency: number,
  signal: AbortSignal | undefined,
): Promise<Avatar | null> {
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  const search: { outcome: { avatar: Avatar } | { error: unknown } | null } = { outcome: null };
  // The first outcome wins and cancels the requests still running.
  const settle = (outcome: { avatar: Avatar } | { error: unknown }) => {
    search.outcome ??= outcome;
    controller.abort();
  };
  let next = 0;

  async function worker(): Promise<void> {
    while (search.outcome === null && next < parents.length) {
      const parent = parents[next++] as Character;
      try {
        const avatar = findIn(
          await client.listLooks(parent.id, { signal: controller.signal }),
          lookId,
        );
        if (avatar !== null) settle({ avatar });
      } catch (error) {
        if (!isAvatarApiError(error) || error.kind !== 'not-found') settle({ error });
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, parents.length) }, worker));
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  const { outcome } = search;
  if (outcome === null) return null;
  if ('error' in outcome) throw outcome.error;
  return outcome.avatar;
}

/**
 * The avatar `lookId` names among those the key can see, or null. The contract has no request for
 * one avatar, so: the account's characters and looks (1 request, which answers for every own
 * avatar), then the public avatars (1 more), then the looks of public characters of other
 * accounts, likeliest parent alone first, then the rest a few at a time: 3 requests for a public
 * look in the usual case, about 100 more for an id nobody has.
 */
async function findAvatar(
  client: AvatarClient,
  lookId: LookId,
  signal: AbortSignal | undefined,
): Promise<Avatar | null> {
  const own = await client.listAll({ signal });
  const ownAvatar = findIn(own, lookId);
  if (ownAvatar !== null) return ownAvatar;
  const publicList = await client.listPublic({ signal });
  const publicAvatar = findIn(publicList, lookId);
  if (publicAvatar !== null) return publicAvatar;
  const ownIds = new Set(own.items.map((avatar) => avatar.id));
  const [likeliest, ...rest] = candidateParents(publicList.items, ownIds, lookId);
  if (likeliest === undefined) return null;
  return (
    (await searchLooks(client, lookId, [likeliest], 1, signal)) ??
    searchLooks(client, lookId, rest, LOOK_SEARCH_CONCURRENCY, signal)
  );
}

/**
 * Checks a look id a browser submitted before a session is created with it: that it names a look
 * the key can use (the account's own, or one of a public character) and that the look is active.
 * Resolves with the parsed look or the reason to refuse the id; rejects only when `signal` aborts,
 * or with a `TypeError` for a missing key or an unusable `upstream`.
 */
export async function verifyLookId(
  lookId: unknown,
  options: VerifyLookIdOptions,
): Promise<VerifyLookIdResult> {
  const { apiKey, upstream, fetch, signal } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError(
      'verifyLookId: apiKey is required (read it from the server environment, e.g. AGENTHUMAN_API_KEY)',
    );
  }
  const client = createAvatarClient({
    baseUrl: upstream,
    headers: { [WIRE_HEADERS.apiKey]: apiKey },
    fetch,
  });
  if (!isLookId(lookId)) return { ok: false, reason: 'malformed' };
  let avatar: Avatar | null;
  try {
    avatar = await findAvatar(client, lookId, signal);
  } catch (error) {
    // The client rejects with AvatarApiError only, its messages already scrubbed of the key.
    if (!isAvatarApiError(error) || error.kind === 'aborted') throw error;
    return { ok: false, reason: 'upstream', error };
  }
  if (avatar === null) return { ok: false, reason: 'not-found' };
  if (avatar.kind === 'character') return { ok: false, reason: 'character' };
  if (!avatar.isActive) return { ok: false, reason: 'inactive' };
  return { ok: true, look: avatar };
}
