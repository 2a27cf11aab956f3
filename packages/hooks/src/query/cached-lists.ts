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
 * Writes `isFavorite` of one avatar into every cached list holding it, and nothing else: other
 * fields keep whatever the latest fetch brought, so a rollback never undoes a newer refetch.
 * Lists already showing that value are left alone (no needless re-render).
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
}
