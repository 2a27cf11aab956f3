import { onlineManager } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AvatarId } from '../core/types';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { firstCharacterWithLooks } from '../testing/first-character-with-looks';
import { useCharacters } from './use-avatar-lists';
import { useFavorite } from './use-favorite';

afterEach(() => {
  onlineManager.setOnline(true);
});

/** Two tiles of the same avatar (one calls, one watches) and a tile of another avatar. */
async function setup() {
  const fake = createFakeApiClient();
  const { wrapper } = createTestWrapper(fake.client);
  const [first, other] = fake.api.listCharacters();
  if (!first || !other) throw new Error('the fake has too few characters');
  const id = firstCharacterWithLooks(fake.api).id as AvatarId;
  const otherId = (first.avatar_id === id ? other : first).avatar_id as AvatarId;
  const callbacks = { onSuccess: vi.fn(), onError: vi.fn(), onPaused: vi.fn() };
  const renders = { other: 0 };
  const view = renderHook(
    () => ({
      lists: useCharacters().isSuccess,
      tile: useFavorite(id, callbacks),
      twin: useFavorite(id),
    }),
    { wrapper },
  );
  renderHook(
    () => {
      renders.other += 1;
      return useFavorite(otherId);
    },
    { wrapper },
  );
  await waitFor(() => expect(view.result.current.lists).toBe(true));
  const initial = view.result.current.tile.isFavorite;
  if (initial === undefined) throw new Error('the characters list lacks the avatar');
  const onServer = () =>
    fake.api.listCharacters().find((row) => row.avatar_id === id)?.is_favorite === 1;
  const puts = () => fake.fetch.mock.calls.filter(([, init]) => init?.method === 'PUT').length;
  renders.other = 0;
  return { ...fake, ...view, callbacks, renders, initial, onServer, puts };
}

describe('useFavorite offline', () => {
  it('waits for the network, then sends the call and reports success', async () => {
    const { result, callbacks, renders, initial, onServer, puts } = await setup();
    act(() => onlineManager.setOnline(false));
    act(() => result.current.tile.setFavorite(!initial));

    await waitFor(() => expect(result.current.tile.isPaused).toBe(true));
    expect(result.current.twin).toMatchObject({ isPaused: true, isPending: true });
    expect(result.current.tile.isFavorite).toBe(!initial);
    expect(callbacks.onPaused).toHaveBeenCalledExactlyOnceWith(!initial);
    expect(puts()).toBe(0);

    act(() => onlineManager.setOnline(true));
    expect(result.current.tile.isPaused).toBe(false);
    await waitFor(() => expect(callbacks.onSuccess).toHaveBeenCalledExactlyOnceWith(!initial));
    await waitFor(() => expect(result.current.twin.isPending).toBe(false));
    expect(puts()).toBe(1);
    expect(onServer()).toBe(!initial);
    expect(result.current.tile.isFavorite).toBe(!initial);
    expect(callbacks.onError).not.toHaveBeenCalled();
    expect(renders.other).toBe(0);
  });

  it('rolls back when the call fails once the connection returns', async () => {
    const { api, result, callbacks, initial, onServer } = await setup();
    api.faults.add({ route: 'update', status: 500 });
    act(() => onlineManager.setOnline(false));
    act(() => result.current.tile.setFavorite(!initial));
    await waitFor(() => expect(result.current.tile.isPaused).toBe(true));

    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(callbacks.onError).toHaveBeenCalledTimes(1));
    expect(callbacks.onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'server' }),
      !initial,
    );
    expect(result.current.tile).toMatchObject({ isFavorite: initial, isPaused: false });
    expect(onServer()).toBe(initial);
    expect(callbacks.onSuccess).not.toHaveBeenCalled();
  });

  it('sends a burst of offline clicks in order on reconnect, reporting the last', async () => {
    const { result, callbacks, initial, onServer, puts } = await setup();
    act(() => onlineManager.setOnline(false));
    act(() => {
      result.current.tile.setFavorite(!initial);
      result.current.tile.setFavorite(initial);
      result.current.tile.setFavorite(!initial);
    });
    expect(callbacks.onPaused).toHaveBeenCalledTimes(3);
    await waitFor(() => expect(result.current.tile.isPaused).toBe(true));

    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(callbacks.onSuccess).toHaveBeenCalledExactlyOnceWith(!initial));
    expect(puts()).toBe(3);
    expect(onServer()).toBe(!initial);
  });

  it('is not paused online, even for calls queued behind an earlier one', async () => {
    const { api, result, callbacks, initial } = await setup();
    api.faults.add({ route: 'update', latencyMs: 30 });
    let pausedSeen = false;
    act(() => {
      result.current.tile.setFavorite(!initial);
      result.current.tile.setFavorite(initial);
    });
    await waitFor(() => {
      pausedSeen ||= result.current.tile.isPaused;
      expect(result.current.tile.isPending).toBe(false);
    });
    expect(pausedSeen).toBe(false);
    expect(callbacks.onPaused).not.toHaveBeenCalled();
  });
});
