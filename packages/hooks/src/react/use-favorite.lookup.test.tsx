import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { avatarKeys } from '../query/avatar-keys';
import { findListsHolding } from '../query/cached-lists';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { readLookupFixtures } from '../testing/lookup-fixtures';
import { useAvatarsById } from './use-avatars-by-id';
import { useFavorite } from './use-favorite';

/**
 * Another account's public look, known only through its lookup: what a recently used look is
 * after a reload, as no list holding it was fetched.
 */
async function setup() {
  const fake = createFakeApiClient();
  const { publicLook, publicCharacter } = await readLookupFixtures(fake.client);
  const { queryClient, wrapper } = createTestWrapper(fake.client);
  const view = renderHook(
    () => ({
      lookedUp: useAvatarsById([publicLook.id]).avatars.get(publicLook.id),
      favorite: useFavorite(publicLook.id),
    }),
    { wrapper },
  );
  await waitFor(() => expect(view.result.current.lookedUp).toBeDefined());
  fake.fetch.mockClear();
  const onServer = () =>
    fake.api
      .listLooks(publicCharacter.id, 'user_demo')
      .find((row) => row.avatar_id === publicLook.id)?.is_favorite === 1;
  const looksRequests = () =>
    fake.fetch.mock.calls.filter(([input]) => String(input).includes(publicCharacter.id)).length;
  return { ...fake, ...view, queryClient, publicLook, onServer, looksRequests };
}

describe('useFavorite for an avatar known only by its lookup', () => {
  it('shows the new state at once, then refetches the lookup to confirm it', async () => {
    const { api, result, queryClient, publicLook, onServer, looksRequests } = await setup();
    const initial = onServer();
    expect(result.current.favorite.isFavorite).toBe(initial);
    expect(findListsHolding(queryClient, publicLook.id)).toEqual([]);
    api.faults.add({ route: 'update', latencyMs: 30 });

    act(() => result.current.favorite.toggle());
    expect(result.current.favorite.isFavorite).toBe(!initial);
    expect(result.current.lookedUp?.isFavorite).toBe(!initial);
    expect(onServer()).toBe(initial);

    await waitFor(() => expect(result.current.favorite.isPending).toBe(false));
    expect(onServer()).toBe(!initial);
    // The lookup runs again: its search reads the look's list from the server.
    await waitFor(() => expect(looksRequests()).toBe(1));
    await waitFor(() =>
      expect(queryClient.getQueryState(avatarKeys.avatar(publicLook.id))?.fetchStatus).toBe('idle'),
    );
    expect(result.current.lookedUp?.isFavorite).toBe(!initial);

    // The cache knew the look, so a second toggle sends the flip back.
    act(() => result.current.favorite.toggle());
    await waitFor(() => expect(result.current.favorite.isPending).toBe(false));
    expect(onServer()).toBe(initial);
    expect(result.current.favorite.isFavorite).toBe(initial);
  });

  it('rolls back to what the server confirmed when the call fails', async () => {
    const { api, result, onServer } = await setup();
    const initial = onServer();
    api.faults.add({ route: 'update', status: 500, body: 'empty' });

    act(() => result.current.favorite.setFavorite(!initial));
    expect(result.current.lookedUp?.isFavorite).toBe(!initial);
    await waitFor(() => expect(result.current.favorite.error?.kind).toBe('server'));
    expect(result.current.favorite.isFavorite).toBe(initial);
    expect(result.current.lookedUp?.isFavorite).toBe(initial);
    expect(onServer()).toBe(initial);
  });
});
