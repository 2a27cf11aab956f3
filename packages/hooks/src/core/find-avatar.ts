import type { AvatarApiError } from './avatar-api-error';
import type { Avatar, AvatarClient, AvatarId, AvatarList, Character, SkippedRow } from './types';

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

/** The avatar with `id` in a list; a row the client refused for that id is the caller's call. */
function findIn(list: AvatarList, id: AvatarId, refused: FindAvatarOptions['refused']) {
  const avatar = list.items.find((item) => item.id === id);
  if (avatar !== undefined) return avatar;
  const skipped = list.skipped.find((row) => row.avatarId === id);
  return skipped === undefined ? null : refused(skipped);
}

/**
 * Parents a look may have, likeliest first. A look is made after its character and a ULID starts
 * with its creation time, so the nearest public character created before the look is asked first.
 * The others still follow: the order only saves requests, it never decides the answer.
 */
function candidateParents(
  publicAvatars: readonly Avatar[],
  ownIds: ReadonlySet<string>,
  id: AvatarId,
): Character[] {
  // Own characters' looks were in the account's list already; a character with no looks has none.
  const characters = publicAvatars.filter(
    (avatar): avatar is Character =>
      avatar.kind === 'character' && !ownIds.has(avatar.id) && avatar.looksCount !== 0,
  );
  const lookMs = idTimeMs(id);
  if (lookMs === null) return characters;
  const dated = characters.map((character) => ({ character, ms: Date.parse(character.createdAt) }));
  const isOlder = ({ ms }: { ms: number }) => ms - CREATED_AT_PRECISION_MS <= lookMs;
  return [
    ...dated.filter(isOlder).sort((a, b) => b.ms - a.ms),
    ...dated.filter((entry) => !isOlder(entry)),
  ].map(({ character }) => character);
}

/**
 * Lists the looks of `parents`, a few at a time, until one holds `id`. A 404 means that
 * character is gone or no longer public, so the search goes on; any other failure ends it.
 */
async function searchLooks(
  client: AvatarClient,
  id: AvatarId,
  parents: readonly Character[],
  concurrency: number,
  signal: AbortSignal | undefined,
  refused: FindAvatarOptions['refused'],
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
        const looks = await client.listLooks(parent.id, { signal: controller.signal });
        const avatar = findIn(looks, id, refused);
        if (avatar !== null) settle({ avatar });
      } catch (error) {
        // The client rejects with AvatarApiError only.
        if ((error as AvatarApiError).kind !== 'not-found') settle({ error });
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

export interface FindAvatarOptions {
  /**
   * A row for the id that the client refused to parse: throw (a server refusing the id says the
   * upstream is broken) or answer null (a browser cannot show that avatar either way). Passed in,
   * so a browser bundle does not carry the error class for it.
   */
  refused: (row: SkippedRow) => null;
  /** Aborting rejects with the `AvatarApiError` of kind `aborted`. */
  signal?: AbortSignal;
  /** The account's characters and looks; defaults to `client.listAll`. A browser passes its cached list. */
  listAll?: () => Promise<AvatarList>;
  /** The public avatars; defaults to `client.listPublic`. */
  listPublic?: () => Promise<AvatarList>;
}

/**
 * The avatar `id` names among those the key can see, or null. The contract has no request for
 * one avatar, so: the account's characters and looks (1 request, which answers for every own
 * avatar), then the public avatars (1 more), then the looks of public characters of other
 * accounts, likeliest parent alone first, then the rest a few at a time: 3 requests for a public
 * look in the usual case, about 100 more for an id nobody has.
 */
export async function findAvatar(
  client: AvatarClient,
  id: AvatarId,
  options: FindAvatarOptions,
): Promise<Avatar | null> {
  const { signal, refused } = options;
  const own = await (options.listAll?.() ?? client.listAll({ signal }));
  const ownAvatar = findIn(own, id, refused);
  if (ownAvatar !== null) return ownAvatar;
  const publicList = await (options.listPublic?.() ?? client.listPublic({ signal }));
  const publicAvatar = findIn(publicList, id, refused);
  if (publicAvatar !== null) return publicAvatar;
  const ownIds = new Set(own.items.map((avatar) => avatar.id));
  const [likeliest, ...rest] = candidateParents(publicList.items, ownIds, id);
  if (likeliest === undefined) return null;
  return (
    (await searchLooks(client, id, [likeliest], 1, signal, refused)) ??
    searchLooks(client, id, rest, LOOK_SEARCH_CONCURRENCY, signal, refused)
  );
}
