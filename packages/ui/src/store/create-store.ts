'use client';
import { useSyncExternalStore } from 'react';

export interface Store<State> {
  get(): State;
  /** Merges `patch` into the state and tells every listener; selectors decide what re-renders. */
  set(patch: Partial<State>): void;
  subscribe(listener: () => void): () => void;
}

/** A tiny external store (frimousse's shape): parts subscribe to slices, not to the whole. */
export function createStore<State extends object>(initial: State): Store<State> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Reads a slice of a store and re-renders only when that slice changes, so moving the active
 * cell renders the two tiles whose slice changed, not every tile. Selectors return primitives or
 * objects kept in the state, so comparing snapshots with `Object.is` is enough.
 */
export function useStoreSelector<State, Slice>(
  store: Store<State>,
  selector: (state: State) => Slice,
): Slice {
  const getSlice = () => selector(store.get());
  return useSyncExternalStore(store.subscribe, getSlice, getSlice);
}
