'use client';

import {
  type UseMutationOptions,
  useIsMutating,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { AvatarApiError } from '../core/avatar-api-error';
import type { AvatarId } from '../core/types';
import { avatarKeys } from '../query/avatar-keys';
import { cachedFavorites } from '../query/cached-favorites';
import { findListsHolding, setFavoriteInCache } from '../query/cached-lists';
import { favoriteChains } from '../query/favorite-chains';
import { useAvatarClient } from './avatar-client-provider';

export interface UseFavoriteOptions {
  /**
   * The server accepted `isFavorite`, the state the last click asked for. Called once per burst of
   * clicks, when its last call settles: the earlier calls' outcomes were superseded.
   */
  onSuccess?: (isFavorite: boolean) => void;
  /** The last call of a burst failed and `isFavorite` rolled back; `isFavorite` is what was asked. */
  onError?: (error: AvatarApiError, isFavorite: boolean) => void;
}

export interface UseFavoriteResult {
  /**
   * What the cached lists show for the avatar, the optimistic state included; `undefined` while
   * no cached list holds it (nothing loaded yet, or the look's list was never fetched).
   */
  isFavorite: boolean | undefined;
  /**
   * Sends the opposite of what the cache shows when called (so two clicks before a re-render
   * still alternate); an avatar no cached list holds becomes a favorite.
   */
  toggle: () => void;
  /** Sends the desired state (never a flip), so replays and reorderings cannot invert it. */
  setFavorite: (isFavorite: boolean) => void;
  /** True while any favorite call for this avatar is pending, from any component. */
  isPending: boolean;
  /** The error of this hook's latest call, cleared by the next call. */
  error: AvatarApiError | null;
}

/**
 * Optimistic favorite toggle. The new state shows at once in every cached list holding the
 * avatar; calls for one avatar run in click order; a failed last call rolls back only the
 * `isFavorite` field, to the last value the server confirmed; the lists are refetched once, when
 * the last pending call settles. A component re-renders only when this avatar's `isFavorite`
 * changes, not on every cache update, so a grid can call it once per tile.
 */
export function useFavorite(
  avatarId: AvatarId,
  options: UseFavoriteOptions = {},
): UseFavoriteResult {
  const client = useAvatarClient();
  const queryClient = useQueryClient();
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });
  const mutationKey = useMemo(() => avatarKeys.favorite(avatarId), [avatarId]);

  // One options object per avatar: a new one each render makes every MutationObserver announce
  // "options updated" to the whole mutation cache, and every useIsMutating in every tile
  // re-reads it, which is quadratic in the tiles on screen.
  const mutationOptions = useMemo<UseMutationOptions<void, AvatarApiError, boolean>>(
    () => ({
      mutationKey,
      scope: { id: `avatar-picker:favorite:${avatarId}` },
      mutationFn: (isFavorite) => client.setFavorite(avatarId, isFavorite),
      onMutate: async (isFavorite) => {
        favoriteChains.push(queryClient, avatarId, isFavorite);
        // Written before any await, so rapid clicks land in the cache in click order.
        setFavoriteInCache(queryClient, avatarId, isFavorite);
        // A list response already on its way was read before this click and would overwrite it;
        // cancelling reverts those queries to the data just written.
        await Promise.all(
          findListsHolding(queryClient, avatarId).map(({ queryKey }) =>
            queryClient.cancelQueries({ queryKey, exact: true }),
          ),
        );
      },
      onSuccess: (_data, isFavorite) => favoriteChains.confirm(queryClient, avatarId, isFavorite),
      onSettled: (_data, error, isFavorite) => {
        // Only the last pending call decides: earlier failures are superseded by newer clicks,
        // and rolling back for them would flash a state nobody asked for.
        if (queryClient.isMutating({ mutationKey }) !== 1) return;
        const confirmed = favoriteChains.confirmed(queryClient, avatarId);
        favoriteChains.end(queryClient, avatarId);
        if (error === null) {
          callbacks.current.onSuccess?.(isFavorite);
        } else {
          if (confirmed !== undefined) setFavoriteInCache(queryClient, avatarId, confirmed);
          callbacks.current.onError?.(error, isFavorite);
        }
        // Not awaited: the outcome (and any error) shows now; the refetch only confirms it later.
        for (const { queryKey } of findListsHolding(queryClient, avatarId)) {
          void queryClient.invalidateQueries({ queryKey, exact: true });
        }
      },
    }),
    [client, queryClient, avatarId, mutationKey],
  );
  const mutation = useMutation(mutationOptions);

  const favorites = cachedFavorites(queryClient);
  const readFavorite = () => favorites.get(avatarId);
  const isFavorite = useSyncExternalStore(favorites.subscribe, readFavorite, readFavorite);

  const isPending = useIsMutating({ mutationKey }) > 0;
  const { mutate } = mutation;
  const setFavorite = useCallback((isFavorite: boolean) => mutate(isFavorite), [mutate]);
  const toggle = useCallback(() => mutate(!favorites.get(avatarId)), [mutate, favorites, avatarId]);
  return { isFavorite, setFavorite, toggle, isPending, error: mutation.error };
}
