'use client';
import { type Avatar, type AvatarList, avatarKeys } from '@avatar-picker/hooks';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

/** Finds an avatar in any cached list, e.g. to show a value chosen before this page loaded. */
function findAvatarInCache(queryClient: QueryClient, id: string): Avatar | null {
  for (const [, list] of queryClient.getQueriesData<AvatarList>({ queryKey: avatarKeys.all })) {
    const found = list?.items?.find((avatar) => avatar.id === id);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * The cached avatar for `id`, kept current as refetches replace it (e.g. mark a look inactive).
 * It renders again only when that avatar's object changes, not on every cache event.
 */
export function useCachedAvatar(id: string | null | undefined): Avatar | null {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  const getSnapshot = () => (id == null ? null : findAvatarInCache(queryClient, id));
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
