'use client';

import { type QueryObserverResult, useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { AvatarApiError } from '../core/avatar-api-error';
import { isLookId } from '../core/guards';
import type { Avatar, AvatarId } from '../core/types';
import { cachedAvatars } from '../query/cached-avatars';
import { avatarQueryOptions } from '../query/query-options';
import { useAvatarClient } from './avatar-client-provider';

export interface UseAvatarsByIdResult {
  /** Each id given: its avatar, `null` when none (or malformed), `undefined` while resolving or failed. */
  avatars: ReadonlyMap<string, Avatar | null | undefined>;
  /** Some id is still resolving. */
  isPending: boolean;
  /** The error of the first lookup that failed, if any. */
  error: AvatarApiError | null;
}

/**
 * `useAvatarById` for many ids at once (recently used looks, say): ids a cached list holds answer
 * at once, the others share one request of the account's list and one of the public list.
 */
export function useAvatarsById(ids: readonly (AvatarId | string)[]): UseAvatarsByIdResult {
  const client = useAvatarClient();
  const queryClient = useQueryClient();
  // Callers pass a new array each render; the ids' content decides when anything is rebuilt.
  const idsKey = JSON.stringify([...new Set(ids)]);
  const uniqueIds = useMemo(() => JSON.parse(idsKey) as string[], [idsKey]);
  const lookupIds = useMemo(() => uniqueIds.filter(isLookId), [uniqueIds]);

  const avatars = cachedAvatars(queryClient);
  const readCached = useMemo(() => {
    let last: (Avatar | undefined)[] = [];
    // The same array while every id's avatar is the same object, so other changes do not render.
    return () => {
      const next = lookupIds.map((id) => avatars.get(id));
      if (next.length !== last.length || next.some((avatar, index) => avatar !== last[index])) {
        last = next;
      }
      return last;
    };
  }, [avatars, lookupIds]);
  const cached = useSyncExternalStore(avatars.subscribe, readCached, readCached);

  const queries = useMemo(
    () =>
      lookupIds.map((id, index) => ({
        ...avatarQueryOptions(client, queryClient, id),
        enabled: cached[index] === undefined,
      })),
    [client, queryClient, lookupIds, cached],
  );
  const combine = useCallback(
    (results: QueryObserverResult<Avatar | null, AvatarApiError>[]): UseAvatarsByIdResult => {
      // Every id in the order given (a malformed one stays null); set() keeps a key's place.
      const found = new Map<string, Avatar | null | undefined>(uniqueIds.map((id) => [id, null]));
      let isPending = false;
      let error: AvatarApiError | null = null;
      lookupIds.forEach((id, index) => {
        const result = results[index];
        const avatar = cached[index] ?? result?.data;
        found.set(id, avatar);
        if (avatar !== undefined) return;
        if (result?.error) error ??= result.error;
        else isPending = true;
      });
      return { avatars: found, isPending, error };
    },
    [uniqueIds, lookupIds, cached],
  );
  return useQueries({ queries, combine });
}
