import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AvatarId, AvatarList } from '../core/types';
import { avatarKeys } from '../query/avatar-keys';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { firstCharacterWithLooks } from '../testing/first-character-with-looks';
import { readQuery } from '../testing/read-query';
import { useAllAvatars, useCharacters } from './use-avatar-lists';
import { useFavorite } from './use-favorite';

function setup() {
  const fake = createFakeApiClient();
  const character = firstCharacterWithLooks(fake.api);
  const { wrapper, queryClient } = createTestWrapper(fake.client);
  const view = renderHook(
    () => ({
      characters: readQuery(useCharacters()),
      all: readQuery(useAllAvatars()),
      favorite: useFavorite(character.id),
    }),
    { wrapper },
  );
  const shown = (id: AvatarId = character.id) =>
    view.result.current.characters.data?.items.find((item) => item.id === id)?.isFavorite;
  const onServer = () =>
    fake.api.listCharacters().find((row) => row.avatar_id === character.id)?.is_favorite === 1;
  const sentBodies = () =>
    fake.fetch.mock.calls
      .filter(([, init]) => init?.method === 'PUT')
      .map(([, init]) => JSON.parse(String(init?.body)) as { is_favorite: boolean });
  return { ...fake, ...view, queryClient, character, shown, onServer, sentBodies };
}

describe('useFavorite against the fake API', () => {
  it('ends with the server equal to the last of 50 rapid clicks', async () => {
    const { api, result, shown, onServer, sentBodies, requestsTo } = setup();
    await waitFor(() => expect(result.current.characters.isSuccess).toBe(true));
    const initial = onServer();
    expect(shown()).toBe(initial);
    // The first call is the slowest: had the calls run in parallel, it would land last.
    api.faults.add({ route: 'update', latencyMs: 30 });
    const clicks = Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? initial : !initial));

    act(() => {
      for (const value of clicks) result.current.favorite.setFavorite(value);
    });
    await waitFor(() => expect(shown()).toBe(!initial));
    await waitFor(() => expect(result.current.favorite.isPending).toBe(false), { timeout: 5_000 });

    expect(sentBodies()).toEqual(clicks.map((value) => ({ is_favorite: value })));
    expect(onServer()).toBe(!initial);
    await waitFor(() => expect(requestsTo('/v1/avatars')).toBe(2));
    await waitFor(() => expect(result.current.characters.isFetching).toBe(false));
    expect(shown()).toBe(!initial);
    expect(result.current.favorite.error).toBeNull();
  });

  it('rolls back and surfaces the error when the server refuses the change', async () => {
    const { api, queryClient, result, shown, onServer, character } = setup();
    await waitFor(() => expect(result.current.all.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.characters.isSuccess).toBe(true));
    const initial = onServer();
    api.faults.add({ route: 'update', status: 500, body: 'empty' });
    const inAll = () =>
      result.current.all.data?.items.find((item) => item.id === character.id)?.isFavorite;
    const cached = () =>
      queryClient
        .getQueryData<AvatarList>(avatarKeys.everything())
        ?.items.find((item) => item.id === character.id)?.isFavorite;

    act(() => result.current.favorite.setFavorite(!initial));
    expect(cached()).toBe(!initial);
    await waitFor(() => expect(result.current.favorite.error?.kind).toBe('server'));
    expect(shown()).toBe(initial);
    expect(inAll()).toBe(initial);
    expect(onServer()).toBe(initial);
  });
});
