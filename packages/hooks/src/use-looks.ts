'use client';

import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { AvatarApiError } from './avatar-api-error';
import { useAvatarClient } from './avatar-client-provider';
import type { AvatarQueryHookOptions } from './avatar-query-hook-options';
import { looksQueryOptions } from './query-options';
import type { AvatarList, CharacterId, Look } from './types';

/** The looks of one character; `null` (no character expanded) fetches nothing. */
export function useLooks<TData = AvatarList<Look>>(
  characterId: CharacterId | null,
  options: AvatarQueryHookOptions<AvatarList<Look>, TData> = {},
): UseQueryResult<TData, AvatarApiError> {
  const client = useAvatarClient();
  return useQuery({
    ...looksQueryOptions(client, characterId),
    enabled: options.enabled,
    select: options.select,
  });
}
