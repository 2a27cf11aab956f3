import { onlineManager, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LookId } from '../core/types';
import { avatarKeys } from './avatar-keys';
import { pausedFavorites } from './paused-favorites';

const L1 = 'avat_L1' as LookId;
const L2 = 'avat_L2' as LookId;

afterEach(() => {
  onlineManager.setOnline(true);
});

/** Starts a call that never settles while it runs: only its paused state matters here. */
function startCall(queryClient: QueryClient, mutationKey: readonly unknown[]) {
  const mutation = queryClient.getMutationCache().build(queryClient, {
    mutationKey,
    mutationFn: () => new Promise<void>(() => {}),
  });
  void mutation.execute(undefined);
}

describe('pausedFavorites', () => {
  it('is one store per QueryClient', () => {
    const queryClient = new QueryClient();
    expect(pausedFavorites(queryClient)).toBe(pausedFavorites(queryClient));
    expect(pausedFavorites(queryClient)).not.toBe(pausedFavorites(new QueryClient()));
  });

  it('holds the avatars whose favorite call waits for the network', () => {
    const queryClient = new QueryClient();
    const paused = pausedFavorites(queryClient);
    onlineManager.setOnline(false);
    startCall(queryClient, avatarKeys.favorite(L1));
    startCall(queryClient, ['another-library', L2]);
    expect(paused.has(L1)).toBe(true);
    expect(paused.has(L2)).toBe(false);
  });

  it('tells its listeners when the set changes, not on every mutation event', () => {
    const queryClient = new QueryClient();
    const paused = pausedFavorites(queryClient);
    const listener = vi.fn();
    const unsubscribe = paused.subscribe(listener);

    startCall(queryClient, avatarKeys.favorite(L1));
    expect(listener).not.toHaveBeenCalled();
    expect(paused.has(L1)).toBe(false);

    // Started online, the first call is in flight rather than waiting: nothing changes.
    onlineManager.setOnline(false);
    expect(listener).not.toHaveBeenCalled();
    startCall(queryClient, avatarKeys.favorite(L2));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(paused.has(L2)).toBe(true);
    expect(paused.has(L1)).toBe(false);

    onlineManager.setOnline(true);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(paused.has(L2)).toBe(false);

    unsubscribe();
    onlineManager.setOnline(false);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(paused.has(L2)).toBe(true);
  });
});
