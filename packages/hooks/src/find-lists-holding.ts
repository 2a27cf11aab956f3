import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { avatarKeys } from './avatar-keys';
import type { AvatarId, AvatarList } from './types';

function isAvatarList(value: unknown): value is AvatarList {
  return typeof value === 'object' && value !== null && Array.isArray((value as AvatarList).items);
}

/** Every cached avatar list (characters, each looks list, public, everything) holding `id`. */
export function findListsHolding(
  queryClient: QueryClient,
  id: AvatarId,
): Array<{ queryKey: QueryKey; list: AvatarList }> {
  const found: Array<{ queryKey: QueryKey; list: AvatarList }> = [];
  for (const [queryKey, data] of queryClient.getQueriesData({ queryKey: avatarKeys.all })) {
    if (isAvatarList(data) && data.items.some((avatar) => avatar.id === id)) {
      found.push({ queryKey, list: data });
    }
  }
  return found;
}
