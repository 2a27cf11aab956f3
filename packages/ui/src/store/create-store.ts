'use client';
import { useCallback, useRef, useSyncExternalStore } from 'react';

export interface Store<State> {
  get(): State;
  /** Merges `partial` into the state; listeners run only when a field changed. */
  set(partial: Partial<State> | ((state: State) => Partial<State>)): void;
  subscribe(listener: () => void): () => void;
}

/** A tiny external store (frimousse's shape): parts subscribe to slices, not to the whole. */
export function createStore<State extends object>(initial: State): Store<State> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(partial) {
      const patch = typeof partial === 'function' ? partial(state) : partial;
      const changed = (Object.keys(patch) as (keyof State)[]).some(
        (key) => !Object.is(patch[key], state[key]),
      );
      if (!changed) return;
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
 * Reads a slice of a store and re-renders only when that slice changes (by `equal`), so moving
 * the active cell renders the two tiles whose slice changed, not every tile.
 */
export function useStoreSelector<State, Slice>(
  store: Store<State>,
  selector: (state: State) => Slice,
  equal: (a: Slice, b: Slice) => boolean = Object.is,
): Slice {
  const last = useRef<{ state: State; selector: unknown; slice: Slice } | null>(null);
  const getSlice = useCallback(() => {
    const state = store.get();
    const previous = last.current;
    if (previous !== null && previous.state === state && previous.selector === selector) {
      return previous.slice;
    }
    const next = selector(state);
    // An equal slice keeps its old identity, so useSyncExternalStore sees no change.
    const slice = previous !== null && equal(previous.slice, next) ? previous.slice : next;
    last.current = { state, selector, slice };
    return slice;
  }, [store, selector, equal]);
  return useSyncExternalStore(store.subscribe, getSlice, getSlice);
}
