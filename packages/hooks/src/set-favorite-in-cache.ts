import type { QueryClient } from '@tanstack/react-query';
import { findListsHolding } from './find-lists-holding';
import type { Avatar, AvatarId, AvatarList } from './types';

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
