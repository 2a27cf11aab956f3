import { type QueryClient, queryOptions, skipToken } from '@tanstack/react-query';
import type { AvatarApiError } from '../core/avatar-api-error';
import { findAvatar } from '../core/find-avatar';
import type {
  Avatar,
  AvatarClient,
  AvatarId,
  AvatarList,
  Character,
  CharacterId,
  Look,
} from '../core/types';
import { avatarKeys } from './avatar-keys';
import { retryDelay, shouldRetry } from './avatar-retry';
import { cachedAvatars } from './cached-avatars';

/**
 * Look rows carry signed video URLs that expire (one hour on the API we target); data older
 * than this is refetched on the next use, so a cached URL is never close to its expiry.
 */
export const AVATAR_STALE_TIME_MS = 5 * 60_000;

const shared = { staleTime: AVATAR_STALE_TIME_MS, retry: shouldRetry, retryDelay } as const;

export function charactersQueryOptions(client: AvatarClient) {
  return queryOptions<
    AvatarList<Character>,
    AvatarApiError,
    AvatarList<Character>,
    ReturnType<typeof avatarKeys.characters>
  >({
    ...shared,
    queryKey: avatarKeys.characters(),
    queryFn: ({ signal }) => client.listCharacters({ signal }),
  });
}

/** A `null` character gives a query that never runs (`skipToken`), for "nothing expanded yet". */
export function looksQueryOptions(client: AvatarClient, characterId: CharacterId | null) {
  return queryOptions<
    AvatarList<Look>,
    AvatarApiError,
    AvatarList<Look>,
    ReturnType<typeof avatarKeys.looks>
  >({
    ...shared,
    queryKey: avatarKeys.looks(characterId),
    queryFn:
      characterId === null ? skipToken : ({ signal }) => client.listLooks(characterId, { signal }),
  });
}

export function publicAvatarsQueryOptions(client: AvatarClient) {
  return queryOptions<
    AvatarList<Avatar>,
    AvatarApiError,
    AvatarList<Avatar>,
    ReturnType<typeof avatarKeys.public>
  >({
    ...shared,
    queryKey: avatarKeys.public(),
    queryFn: ({ signal }) => client.listPublic({ signal }),
  });
}

export function allAvatarsQueryOptions(client: AvatarClient) {
  return queryOptions<
    AvatarList<Avatar>,
    AvatarApiError,
    AvatarList<Avatar>,
    ReturnType<typeof avatarKeys.everything>
  >({
    ...shared,
    queryKey: avatarKeys.everything(),
    queryFn: ({ signal }) => client.listAll({ signal }),
  });
}

/**
 * One avatar by id, `null` when the key sees no such avatar. A cached list holding it answers
 * without a request; else the account's and the public lists are fetched into (or read from) the
 * cache, so many lookups share one request of each, then the looks of likely public parents are
 * searched (`findAvatar`). A `null` id gives a query that never runs. Inactive looks and
 * characters resolve too: what an id may be used for is the caller's decision.
 */
export function avatarQueryOptions(
  client: AvatarClient,
  queryClient: QueryClient,
  id: AvatarId | null,
) {
  return queryOptions<
    Avatar | null,
    AvatarApiError,
    Avatar | null,
    ReturnType<typeof avatarKeys.avatar>
  >({
    ...shared,
    queryKey: avatarKeys.avatar(id),
    queryFn:
      id === null
        ? skipToken
        : async ({ signal }) =>
            cachedAvatars(queryClient).get(id) ??
            findAvatar(client, id, {
              signal,
              // A row the client refused is no avatar the picker can show or pick.
              refused: () => null,
              // The lookup retries as a whole; the fetches inside retrying too would multiply attempts.
              listAll: () =>
                queryClient.fetchQuery({ ...allAvatarsQueryOptions(client), retry: false }),
              listPublic: () =>
                queryClient.fetchQuery({ ...publicAvatarsQueryOptions(client), retry: false }),
            }),
  });
}

/**
 * Warms the looks cache before a character is expanded; skips the request while cached looks are
 * fresh. Never rejects.
 */
export function prefetchLooks(
  queryClient: QueryClient,
  client: AvatarClient,
  characterId: CharacterId,
): Promise<void> {
  return queryClient.prefetchQuery(looksQueryOptions(client, characterId));
}
