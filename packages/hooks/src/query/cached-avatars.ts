import type { QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query';
import type { Avatar, AvatarId } from '../core/types';
import { avatarKeys } from './avatar-keys';
import { isCachedAvatarList } from './cached-lists';

/** Each avatar as the cached lists show it, for many readers at once. */
export interface CachedAvatars {
  /** Calls `listener` after the data of a cached avatar list changed; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /**
   * The avatar in the first cached list holding `id`, as `findListsHolding` orders them. The same
   * object until a list holding it changes it (refetches share unchanged rows), so readers can
   * compare it by identity.
   */
  get: (id: AvatarId | string) => Avatar | undefined;
}

const byClient = new WeakMap<QueryClient, CachedAvatars>();

/**
 * Fetch starts, observers and invalidation leave the lists' data as it was; so does adding or
 * removing a query that holds no list (a lookup created while a component renders must not make
 * every reader update during that render).
 */
function changesListData(event: QueryCacheNotifyEvent): boolean {
  const { queryKey, state } = event.query;
  if (queryKey[0] !== avatarKeys.all[0]) return false;
  if (event.type === 'added' || event.type === 'removed') {
    return isCachedAvatarList(queryKey, state.data);
  }
  return (
    event.type === 'updated' &&
    (event.action.type === 'success' || event.action.type === 'setState')
  );
}

function createCachedAvatars(queryClient: QueryClient): CachedAvatars {
  const listeners = new Set<() => void>();
  // Rebuilt lazily, once per data change, however many readers ask: hundreds of tiles each
  // scanning every cached list would cost tiles × rows on every change.
  let index: Map<string, Avatar> | null = null;

  // Subscribed for the client's lifetime rather than while readers listen: tiles read during
  // their first render, before they subscribe, and an index kept fresh serves all of them.
  queryClient.getQueryCache().subscribe((event) => {
    if (!changesListData(event)) return;
    index = null;
    for (const listener of listeners) listener();
  });

  const build = () => {
    const built = new Map<string, Avatar>();
    for (const { queryKey, state } of queryClient.getQueryCache().getAll()) {
      if (!isCachedAvatarList(queryKey, state.data)) continue;
      for (const avatar of state.data.items) {
        if (!built.has(avatar.id)) built.set(avatar.id, avatar);
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

/** The one `CachedAvatars` of a QueryClient, so its index is shared by every reader. */
export function cachedAvatars(queryClient: QueryClient): CachedAvatars {
  let avatars = byClient.get(queryClient);
  if (avatars === undefined) {
    avatars = createCachedAvatars(queryClient);
    byClient.set(queryClient, avatars);
  }
  return avatars;
}
