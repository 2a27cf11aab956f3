import { type AvatarList, avatarKeys, type Look, type LookId } from '@avatar-picker/hooks';
import type { QueryClient } from '@tanstack/react-query';

/** Finds a look in any cached avatar list, e.g. to show a value chosen before this page loaded. */
export function findLookInCache(queryClient: QueryClient, id: LookId): Look | null {
  for (const [, list] of queryClient.getQueriesData<AvatarList>({ queryKey: avatarKeys.all })) {
    if (list === undefined || !Array.isArray(list.items)) continue;
    const found = list.items.find((avatar) => avatar.kind === 'look' && avatar.id === id);
    if (found?.kind === 'look') return found;
  }
  return null;
}
