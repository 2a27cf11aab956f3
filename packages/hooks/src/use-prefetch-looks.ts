'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAvatarClient } from './avatar-client-provider';
import { prefetchLooks } from './prefetch-looks';
import type { CharacterId } from './types';

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
