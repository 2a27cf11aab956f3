'use client';

import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { AvatarApiError } from './avatar-api-error';
import { useAvatarClient } from './avatar-client-provider';
import type { AvatarQueryHookOptions } from './avatar-query-hook-options';
import { publicAvatarsQueryOptions } from './query-options';
import type { Avatar, AvatarList } from './types';

/** Public avatars (at most 100, newest first), with the caller's favorites. */
export function usePublicAvatars<TData = AvatarList<Avatar>>(
  options: AvatarQueryHookOptions<AvatarList<Avatar>, TData> = {},
): UseQueryResult<TData, AvatarApiError> {
  const client = useAvatarClient();
  return useQuery({
    ...publicAvatarsQueryOptions(client),
    enabled: options.enabled,
    select: options.select,
  });
}
