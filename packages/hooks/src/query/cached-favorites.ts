import type { QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query';
import type { AvatarId } from '../core/types';
import { avatarKeys } from './avatar-keys';
import { isCachedAvatarList } from './cached-lists';

/** Each avatar's `isFavorite` as the cached lists show it, for many readers at once. */
export interface CachedFavorites {
  /** Calls `listener` after the data of a cached avatar list changed; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** `isFavorite` in the first cached list holding `id`, as `findListsHolding` orders them. */
  get: (id: AvatarId) => boolean | undefined;
}

const byClient = new WeakMap<QueryClient, CachedFavorites>();

/** Fetch starts, observers and invalidation leave the lists' data as it was. */
function changesListData(event: QueryCacheNotifyEvent): boolean {
  if (event.query.queryKey[0] !== avatarKeys.all[0]) return false;
  if (event.type === 'added' || event.type === 'removed') return true;
  return (
    event.type === 'updated' &&
    (event.action.type === 'success' || event.action.type === 'setState')
  );
}

function createCachedFavorites(queryClient: QueryClient): CachedFavorites {
  const listeners = new Set<() => void>();
  // Rebuilt lazily, once per data change, however many readers ask: hundreds of tiles each
  // scanning every cached list would cost tiles × rows on every change.
  let index: Map<AvatarId, boolean> | null = null;

  // Subscribed for the client's lifetime rather than while readers listen: tiles read during
  // their first render, before they subscribe, and an index kept fresh serves all of them.
  queryClient.getQueryCache().subscribe((event) => {
    if (!changesListData(event)) return;
    index = null;
    for (const listener of listeners) listener();
  });

  const build = () => {
    const built = new Map<AvatarId, boolean>();
    for (const { queryKey, state } of queryClient.getQueryCache().getAll()) {
      if (!isCachedAvatarList(queryKey, state.data)) continue;
      for (const avatar of state.data.items) {
        if (!built.has(avatar.id)) built.set(avatar.id, avatar.isFavorite);
      }
    }
    return built;
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get: (id) => {
      index ??= build();
      return index.get(id);
    },
  };
}

/** The one `CachedFavorites` of a QueryClient, so its index is shared by every reader. */
export function cachedFavorites(queryClient: QueryClient): CachedFavorites {
  let favorites = byClient.get(queryClient);
  if (favorites === undefined) {
    favorites = createCachedFavorites(queryClient);
    byClient.set(queryClient, favorites);
  }
  return favorites;
}
