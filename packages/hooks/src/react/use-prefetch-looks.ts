'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CharacterId } from '../core/types';
import { prefetchLooks } from '../query/query-options';
import { useAvatarClient } from './avatar-client-provider';

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
