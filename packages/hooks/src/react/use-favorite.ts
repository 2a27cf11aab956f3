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
import { cachedAvatars } from '../query/cached-avatars';
import { findLookedUp, findQueriesHolding, setFavoriteInCache } from '../query/cached-lists';
import { favoriteChains } from '../query/favorite-chains';
import { pausedFavorites, waitsForNetwork } from '../query/paused-favorites';
import { useAvatarClient } from './avatar-client-provider';

export interface UseFavoriteOptions {
  /**
   * The server accepted `isFavorite`, the state the last click asked for. Called once per burst of
   * clicks, when its last call settles: the earlier calls' outcomes were superseded.
   */
  onSuccess?: (isFavorite: boolean) => void;
  /** The last call of a burst failed and `isFavorite` rolled back; `isFavorite` is what was asked. */
  onError?: (error: AvatarApiError, isFavorite: boolean) => void;
  /**
   * A call made offline asked for `isFavorite`: the cache shows it already, and the call is sent
   * when the connection returns (then `onSuccess` or `onError` follows). Called once per such
   * call, for saying "will be saved when the connection returns".
   */
  onPaused?: (isFavorite: boolean) => void;
}

export interface UseFavoriteResult {
  /**
   * What the cached lists (else the avatar's lookup, `useAvatarById`) show for the avatar, the
   * optimistic state included; `undefined` while the cache does not hold it (nothing loaded yet,
   * or the look's list was never fetched nor the look looked up).
   */
  isFavorite: boolean | undefined;
  /**
   * Sends the opposite of what the cache shows when called (so two clicks before a re-render
   * still alternate); an avatar the cache does not hold becomes a favorite.
   */
  toggle: () => void;
  /** Sends the desired state (never a flip), so replays and reorderings cannot invert it. */
  setFavorite: (isFavorite: boolean) => void;
  /** True while any favorite call for this avatar is pending, from any component. */
  isPending: boolean;
  /**
   * True while a favorite call for this avatar, from any component, waits for the network (made
   * offline, it is sent when the connection returns); `isPending` is true then too. A tab closed
   * before that loses the call.
   */
  isPaused: boolean;
  /** The error of this hook's latest call, cleared by the next call. */
  error: AvatarApiError | null;
}

/**
 * Optimistic favorite toggle. The new state shows at once in every cached list holding the
 * avatar and in its lookup; calls for one avatar run in click order; a failed last call rolls
 * back only the `isFavorite` field, to the last value the server confirmed; the queries holding
 * it are refetched once, when the last pending call settles. A component re-renders only when
 * this avatar's `isFavorite` changes, not on every cache update, so a grid can call it once per
 * tile.
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
        const networkMode =
          queryClient.getMutationDefaults(mutationKey).networkMode ??
          queryClient.getDefaultOptions().mutations?.networkMode;
        if (waitsForNetwork(networkMode)) {
          callbacks.current.onPaused?.(isFavorite);
        }
        // A response already on its way was read before this click and would overwrite it;
        // cancelling reverts those queries to the data just written.
        await Promise.all(
          findQueriesHolding(queryClient, avatarId).map((queryKey) =>
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
        for (const queryKey of findQueriesHolding(queryClient, avatarId)) {
          void queryClient.invalidateQueries({ queryKey, exact: true });
        }
      },
    }),
    [client, queryClient, avatarId, mutationKey],
  );
  const mutation = useMutation(mutationOptions);

  const avatars = cachedAvatars(queryClient);
  // The index holds lists only (a lookup's answer in it would keep lookups from ever refetching),
  // but its subscription hears every query of ours, lookups included.
  const readFavorite = useCallback(
    () => (avatars.get(avatarId) ?? findLookedUp(queryClient, avatarId))?.isFavorite,
    [avatars, queryClient, avatarId],
  );
  const isFavorite = useSyncExternalStore(avatars.subscribe, readFavorite, readFavorite);
  // Shared per QueryClient and heard only when an avatar starts or stops waiting, so a tile does
  // not read the mutation cache on every event of every other tile's call.
  const paused = pausedFavorites(queryClient);
  const readPaused = () => paused.has(avatarId);
  const isPaused = useSyncExternalStore(paused.subscribe, readPaused, readPaused);

  const isPending = useIsMutating({ mutationKey }) > 0;
  const { mutate } = mutation;
  const setFavorite = useCallback((isFavorite: boolean) => mutate(isFavorite), [mutate]);
  const toggle = useCallback(() => mutate(!readFavorite()), [mutate, readFavorite]);
  return { isFavorite, setFavorite, toggle, isPending, isPaused, error: mutation.error };
}
