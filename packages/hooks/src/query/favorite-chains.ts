import type { QueryClient } from '@tanstack/react-query';
import type { AvatarId } from '../core/types';
import { avatarKeys } from './avatar-keys';
import { findListsHolding, findLookedUp, setFavoriteInCache } from './cached-lists';

interface FavoriteChain {
  /** What the server last confirmed; `undefined` when the cache lacked the avatar at the start. */
  confirmed: boolean | undefined;
  /** The newest click, which the cache shows until the chain ends. */
  desired: boolean;
}

interface ClientChains {
  chains: Map<AvatarId, FavoriteChain>;
  unsubscribe: () => void;
}

const byClient = new WeakMap<QueryClient, ClientChains>();

/**
 * A list or lookup fetch that lands while calls are pending carries the server's pre-click state;
 * the newest click is written back over it so the optimistic state does not flicker away.
 */
function watchFetches(queryClient: QueryClient, chains: Map<AvatarId, FavoriteChain>) {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || event.action.manual) return;
    if (event.query.queryKey[0] !== avatarKeys.all[0]) return;
    for (const [id, chain] of chains) setFavoriteInCache(queryClient, id, chain.desired);
  });
}

/**
 * The favorite calls for one avatar, from the first pending call until the last one settles,
 * kept per QueryClient: a failed call must roll back to what the server last confirmed, which
 * the cache (showing optimistic values) no longer knows.
 */
export const favoriteChains = {
  /** Records a click; the first click of a chain takes the cached value as confirmed. */
  push(queryClient: QueryClient, id: AvatarId, desired: boolean): void {
    let entry = byClient.get(queryClient);
    if (entry === undefined) {
      const chains = new Map<AvatarId, FavoriteChain>();
      entry = { chains, unsubscribe: watchFetches(queryClient, chains) };
      byClient.set(queryClient, entry);
    }
    const chain = entry.chains.get(id);
    if (chain !== undefined) {
      chain.desired = desired;
      return;
    }
    const [holding] = findListsHolding(queryClient, id);
    const cached =
      holding?.list.items.find((avatar) => avatar.id === id) ?? findLookedUp(queryClient, id);
    entry.chains.set(id, { confirmed: cached?.isFavorite, desired });
  },
  confirm(queryClient: QueryClient, id: AvatarId, isFavorite: boolean): void {
    const chain = byClient.get(queryClient)?.chains.get(id);
    if (chain !== undefined) chain.confirmed = isFavorite;
  },
  confirmed(queryClient: QueryClient, id: AvatarId): boolean | undefined {
    return byClient.get(queryClient)?.chains.get(id)?.confirmed;
  },
  end(queryClient: QueryClient, id: AvatarId): void {
    const entry = byClient.get(queryClient);
    if (entry === undefined) return;
    entry.chains.delete(id);
    if (entry.chains.size === 0) {
      entry.unsubscribe();
      byClient.delete(queryClient);
    }
  },
};
