'use client';

import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { AvatarApiError } from './avatar-api-error';
import { useAvatarClient } from './avatar-client-provider';
import type { AvatarQueryHookOptions } from './avatar-query-hook-options';
import { allAvatarsQueryOptions } from './query-options';
import type { Avatar, AvatarList } from './types';

/** Every character and look the caller can access, in one list. */
export function useAllAvatars<TData = AvatarList<Avatar>>(
  options: AvatarQueryHookOptions<AvatarList<Avatar>, TData> = {},
): UseQueryResult<TData, AvatarApiError> {
  const client = useAvatarClient();
  return useQuery({
    ...allAvatarsQueryOptions(client),
    enabled: options.enabled,
    select: options.select,
  });
}
