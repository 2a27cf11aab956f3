'use client';

import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAvatarClient } from './avatar-client-provider';
import { looksQueryOptions } from './query-options';
import type { AvatarClient, CharacterId } from './types';

/** Warms the looks cache (e.g. on hover); skips the request while cached looks are fresh. Never rejects. */
export function prefetchLooks(
  queryClient: QueryClient,
  client: AvatarClient,
  characterId: CharacterId,
): Promise<void> {
  return queryClient.prefetchQuery(looksQueryOptions(client, characterId));
}

export function usePrefetchLooks(): (characterId: CharacterId) => void {
  const queryClient = useQueryClient();
  const client = useAvatarClient();
  return useCallback(
    (characterId: CharacterId) => {
      void prefetchLooks(queryClient, client, characterId);
    },
    [queryClient, client],
  );
}
