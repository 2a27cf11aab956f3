import type { Query, QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query';
import type { Avatar, AvatarId, AvatarList } from '../core/types';
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

/**
 * One list's avatars by id: its rows as first indexed, and the rows replaced in place since, so a
 * write that swaps a few rows (a favorite in 100,000 characters) neither hashes nor copies them all.
 */
interface ListIndex {
  rows: Map<string, Avatar>;
  replaced?: Map<string, Avatar>;
}

const read = (index: ListIndex, id: string) => index.replaced?.get(id) ?? index.rows.get(id);

/** `list`'s index, from the index of the data its query held before when only rows changed. */
function indexList(list: AvatarList, previous?: AvatarList, before?: ListIndex): ListIndex {
  if (before !== undefined && previous?.items.length === list.items.length) {
    const replaced = new Map(before.replaced);
    let position = 0;
    for (; position < list.items.length; position += 1) {
      const was = previous.items[position] as Avatar;
      const now = list.items[position] as Avatar;
      if (was.id !== now.id) break;
      // A later duplicate of an id never was its entry.
      if (was !== now && read(before, now.id) === was) replaced.set(now.id, now);
    }
    // The replaced rows are copied on every write: past 64 of them, the list is indexed afresh.
    if (position === list.items.length && replaced.size <= 64)
      return { rows: before.rows, replaced };
  }
  const rows = new Map<string, Avatar>();
  for (const avatar of list.items) {
    if (!rows.has(avatar.id)) rows.set(avatar.id, avatar);
  }
  return { rows };
}

function createCachedAvatars(queryClient: QueryClient): CachedAvatars {
  const listeners = new Set<() => void>();
  // One index per list, kept as long as that list's data is: a looks list arriving (a hover's
  // prefetch) indexes its few looks, not again the 100,000 characters beside it.
  const byList = new WeakMap<AvatarList, ListIndex>();
  // The data each query was last indexed at, which a write's new data is derived from.
  const lastIndexed = new WeakMap<Query, AvatarList>();
  // The lists' indexes in cache order, gathered lazily once per data change however many readers
  // ask: hundreds of tiles each scanning every cached list would cost tiles × rows a change.
  let indexes: ListIndex[] | null = null;

  // Subscribed for the client's lifetime rather than while readers listen: tiles read during
  // their first render, before they subscribe, and indexes kept fresh serve all of them.
  queryClient.getQueryCache().subscribe((event) => {
    if (!changesListData(event)) return;
    indexes = null;
    for (const listener of listeners) listener();
  });

  const indexOf = (query: Query, list: AvatarList) => {
    let index = byList.get(list);
    if (index === undefined) {
      const previous = lastIndexed.get(query);
      index = indexList(list, previous, previous && byList.get(previous));
      byList.set(list, index);
    }
    lastIndexed.set(query, list);
    return index;
  };

  const gather = () => {
    const gathered: ListIndex[] = [];
    for (const query of queryClient.getQueryCache().getAll()) {
      const { queryKey, state } = query;
      if (isCachedAvatarList(queryKey, state.data)) gathered.push(indexOf(query, state.data));
    }
    return gathered;
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get: (id) => {
      indexes ??= gather();
      for (const index of indexes) {
        const avatar = read(index, id);
        if (avatar !== undefined) return avatar;
      }
      return undefined;
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
