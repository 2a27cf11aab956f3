'use client';

import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { AvatarApiError } from './avatar-api-error';
import { useAvatarClient } from './avatar-client-provider';
import type { AvatarQueryHookOptions } from './avatar-query-hook-options';
import { charactersQueryOptions } from './query-options';
import type { AvatarList, Character } from './types';

/** The caller's characters, newest first. */
export function useCharacters<TData = AvatarList<Character>>(
  options: AvatarQueryHookOptions<AvatarList<Character>, TData> = {},
): UseQueryResult<TData, AvatarApiError> {
  const client = useAvatarClient();
  return useQuery({
    ...charactersQueryOptions(client),
    enabled: options.enabled,
    select: options.select,
  });
}
