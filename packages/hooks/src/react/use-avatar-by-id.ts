'use client';

import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { AvatarApiError } from '../core/avatar-api-error';
import { isLookId } from '../core/guards';
import type { Avatar, AvatarId } from '../core/types';
import { cachedAvatars } from '../query/cached-avatars';
import { avatarQueryOptions } from '../query/query-options';
import { useAvatarClient } from './avatar-client-provider';

export interface UseAvatarByIdOptions {
  /** `false` sends no request; an avatar a cached list holds is still returned. */
  enabled?: boolean;
}

/**
 * The avatar an id names, e.g. a look id saved last week: `null` when the key sees no such avatar
 * or the id is malformed (no request then). A cached list holding it answers at once (status
 * `success`, no request) and keeps answering as refetches change it; else one lookup runs, sharing
 * the account's and the public lists with every other lookup (see `avatarQueryOptions`).
 * Characters and inactive looks resolve too: what the id may be used for is the caller's call.
 */
export function useAvatarById(
  id: AvatarId | string | null,
  { enabled = true }: UseAvatarByIdOptions = {},
): UseQueryResult<Avatar | null, AvatarApiError> {
  const client = useAvatarClient();
  const queryClient = useQueryClient();
  const lookupId = isLookId(id) ? id : null;
  const avatars = cachedAvatars(queryClient);
  const readCached = () => (lookupId === null ? undefined : avatars.get(lookupId));
  // The avatar object only changes when a list changes that avatar, so other cache events and
  // other avatars' changes do not render the caller again.
  const cached = useSyncExternalStore(avatars.subscribe, readCached, readCached);

  const options = useMemo(
    () => ({
      ...avatarQueryOptions(client, queryClient, lookupId),
      enabled: enabled && cached === undefined,
      // Placeholder and select let the cached list answer whether or not the lookup ever ran.
      placeholderData: lookupId === null ? null : cached,
      select: (found: Avatar | null) => cached ?? found,
    }),
    [client, queryClient, lookupId, enabled, cached],
  );
  const query = useQuery(options);

  // A lookup that failed before a list brought the avatar would keep its error: a refetch reads
  // the list, without a request.
  const { isError, refetch } = query;
  useEffect(() => {
    if (cached !== undefined && isError) void refetch();
  }, [cached, isError, refetch]);
  return query;
}
