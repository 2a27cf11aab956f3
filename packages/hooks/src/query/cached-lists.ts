import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isRecord } from '../core/guards';
import type { Avatar, AvatarId, AvatarList } from '../core/types';
import { avatarKeys } from './avatar-keys';

/** A query of ours (under `avatarKeys.all`) whose data is a loaded avatar list. */
export function isCachedAvatarList(queryKey: QueryKey, data: unknown): data is AvatarList {
  return queryKey[0] === avatarKeys.all[0] && isRecord(data) && Array.isArray(data.items);
}

/** Every cached avatar list (characters, each looks list, public, everything) holding `id`. */
export function findListsHolding(
  queryClient: QueryClient,
  id: AvatarId,
): Array<{ queryKey: QueryKey; list: AvatarList }> {
  const found: Array<{ queryKey: QueryKey; list: AvatarList }> = [];
  for (const { queryKey, state } of queryClient.getQueryCache().getAll()) {
    const { data } = state;
    if (isCachedAvatarList(queryKey, data) && data.items.some((avatar) => avatar.id === id)) {
      found.push({ queryKey, list: data });
    }
  }
  return found;
}

/**
 * The avatar the lookup of `id` found (`avatarKeys.avatar`, `useAvatarById`): after a reload, the
 * only copy of a look no list was fetched for, such as another account's look used recently.
 */
export function findLookedUp(queryClient: QueryClient, id: AvatarId): Avatar | undefined {
  return queryClient.getQueryData<Avatar | null>(avatarKeys.avatar(id)) ?? undefined;
}

/** The key of every cached query holding `id`: the lists, and its lookup when it found it. */
export function findQueriesHolding(queryClient: QueryClient, id: AvatarId): QueryKey[] {
  const keys = findListsHolding(queryClient, id).map(({ queryKey }): QueryKey => queryKey);
  if (findLookedUp(queryClient, id) !== undefined) keys.push(avatarKeys.avatar(id));
  return keys;
}

/**
 * Writes `isFavorite` of one avatar into every cached list holding it and into its lookup, and
 * nothing else: other fields keep whatever the latest fetch brought, so a rollback never undoes a
 * newer refetch. Queries already showing that value are left alone (no needless re-render).
 */
export function setFavoriteInCache(
  queryClient: QueryClient,
  id: AvatarId,
  isFavorite: boolean,
): void {
  for (const { queryKey, list } of findListsHolding(queryClient, id)) {
    if (list.items.every((avatar) => avatar.id !== id || avatar.isFavorite === isFavorite))
      continue;
    const items = list.items.map(
      (avatar): Avatar => (avatar.id === id ? { ...avatar, isFavorite } : avatar),
    );
    queryClient.setQueryData<AvatarList>(queryKey, { ...list, items });
  }
  const lookedUp = findLookedUp(queryClient, id);
  if (lookedUp !== undefined && lookedUp.isFavorite !== isFavorite) {
    const avatar: Avatar = { ...lookedUp, isFavorite };
    queryClient.setQueryData<Avatar | null>(avatarKeys.avatar(id), avatar);
  }
}
