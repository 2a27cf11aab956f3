'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CharacterId } from '../core/types';
import { looksQueryOptions } from '../query/query-options';
import { useAvatarClient } from './avatar-client-provider';

/**
 * Refetches a character's looks even when the cache calls them fresh: a media 403 means the
 * signed video URLs expired, which staleness cannot know. The promise resolves once the refetch
 * settles; a failure is not thrown but shows as the looks query's `error`, where the UI reads it.
 */
export function useRefreshLooks(): (characterId: CharacterId) => Promise<void> {
  const queryClient = useQueryClient();
  const client = useAvatarClient();
  return useCallback(
    async (characterId: CharacterId) => {
      try {
        await queryClient.fetchQuery({ ...looksQueryOptions(client, characterId), staleTime: 0 });
      } catch {
        // The error is already stored on the query, and every useLooks observer re-renders with it.
      }
    },
    [queryClient, client],
  );
}
