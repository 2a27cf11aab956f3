import {
  matchMutation,
  type NetworkMode,
  onlineManager,
  type QueryClient,
} from '@tanstack/react-query';
import type { AvatarId } from '../core/types';
import { avatarKeys } from './avatar-keys';

/** Which avatars have a favorite call waiting for the network, for many readers at once. */
export interface PausedFavorites {
  /** Calls `listener` when the set of waiting avatars changed; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  has: (id: AvatarId) => boolean;
}

const byClient = new WeakMap<QueryClient, PausedFavorites>();

/** A call started now waits for the network: TanStack's default `online` mode, while offline. */
export function waitsForNetwork(networkMode: NetworkMode | undefined): boolean {
  return (networkMode ?? 'online') === 'online' && !onlineManager.isOnline();
}

// `state.isPaused` is also true for a call queued behind an earlier one of its scope, which
// online is only a matter of milliseconds: the network mode and onlineManager tell them apart.
function collect(queryClient: QueryClient): Set<unknown> {
  const ids = new Set<unknown>();
  for (const mutation of queryClient.getMutationCache().getAll()) {
    const { mutationKey, networkMode } = mutation.options;
    const id = mutationKey?.[2];
    if (
      mutation.state.isPaused &&
      waitsForNetwork(networkMode) &&
      typeof id === 'string' &&
      matchMutation({ mutationKey: avatarKeys.favorite(id as AvatarId), exact: true }, mutation)
    ) {
      ids.add(id);
    }
  }
  return ids;
}

function createPausedFavorites(queryClient: QueryClient): PausedFavorites {
  const listeners = new Set<() => void>();
  let paused = new Set<unknown>();
  let unsubscribe = () => {};

  // Listeners hear of a change of the set only, not of every mutation event: a grid has a reader
  // per tile, and each click makes several events.
  const update = () => {
    const next = collect(queryClient);
    if (next.size === paused.size && [...next].every((id) => paused.has(id))) return;
    paused = next;
    for (const listener of listeners) listener();
  };

  return {
    subscribe: (listener) => {
      // Subscribed only while read: onlineManager is global and would keep every client alive.
      if (listeners.size === 0) {
        paused = collect(queryClient);
        const offMutations = queryClient.getMutationCache().subscribe(update);
        const offOnline = onlineManager.subscribe(update);
        unsubscribe = () => {
          offMutations();
          offOnline();
        };
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) unsubscribe();
      };
    },
    has: (id) => (listeners.size === 0 ? collect(queryClient) : paused).has(id),
  };
}

/** The one `PausedFavorites` of a QueryClient, shared by every reader. */
export function pausedFavorites(queryClient: QueryClient): PausedFavorites {
  let paused = byClient.get(queryClient);
  if (paused === undefined) {
    paused = createPausedFavorites(queryClient);
    byClient.set(queryClient, paused);
  }
  return paused;
}
