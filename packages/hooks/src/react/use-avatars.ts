'use client';

import { useCallback, useMemo } from 'react';
import type { AvatarApiError } from '../core/avatar-api-error';
import { type AvatarFilter, selectCharacters } from '../core/select-characters';
import type { Character } from '../core/types';
import { useAllAvatars, useCharacters, usePublicAvatars } from './use-avatar-lists';

export interface UseAvatarsOptions {
  filter: AvatarFilter;
}

interface UseAvatarsBase {
  /** Refetches every list the filter reads; resolves when they settled, never rejects. */
  refetch: () => Promise<void>;
}

export type UseAvatarsResult = UseAvatarsBase &
  (
    | { status: 'pending'; characters: undefined; error: null }
    /** A list the filter needs failed before it ever loaded. */
    | { status: 'error'; characters: undefined; error: AvatarApiError }
    /** `error` is a failed refresh of a list that is still shown from the cache. */
    | { status: 'success'; characters: Character[]; error: AvatarApiError | null }
  );

type ListName = 'own' | 'public' | 'all';

const LISTS_READ: Record<AvatarFilter, readonly ListName[]> = {
  mine: ['own'],
  public: ['public'],
  all: ['own', 'public'],
  favorites: ['own', 'public', 'all'],
};

/**
 * The characters one picker filter shows (see `selectCharacters`), from the cached lists; the
 * result is `success` once every list the filter reads has loaded. Only those lists are fetched:
 * `mine` reads the caller's characters, `public` the public avatars, `all` both, and `favorites`
 * also the caller's looks (`useAllAvatars`), to find characters with a favorite look.
 */
export function useAvatars({ filter }: UseAvatarsOptions): UseAvatarsResult {
  const reads = LISTS_READ[filter];
  const own = useCharacters({ enabled: reads.includes('own') });
  const shared = usePublicAvatars({ enabled: reads.includes('public') });
  const all = useAllAvatars({ enabled: reads.includes('all') });

  const characters = useMemo(
    () =>
      selectCharacters(
        { own: own.data?.items, public: shared.data?.items, all: all.data?.items },
        filter,
      ),
    [own.data, shared.data, all.data, filter],
  );

  const { refetch: refetchOwn } = own;
  const { refetch: refetchShared } = shared;
  const { refetch: refetchAll } = all;
  const refetch = useCallback(async () => {
    const refetchers = { own: refetchOwn, public: refetchShared, all: refetchAll };
    await Promise.all(LISTS_READ[filter].map((name) => refetchers[name]()));
  }, [filter, refetchOwn, refetchShared, refetchAll]);

  const lists = { own, public: shared, all };
  const needed = reads.map((name) => lists[name]);
  const failed = needed.find((query) => query.data === undefined && query.error !== null);
  if (failed?.error)
    return { status: 'error', characters: undefined, error: failed.error, refetch };
  if (needed.some((query) => query.data === undefined)) {
    return { status: 'pending', characters: undefined, error: null, refetch };
  }
  const error = needed.find((query) => query.error !== null)?.error ?? null;
  return { status: 'success', characters, error, refetch };
}
