import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AvatarApiError } from '../core/avatar-api-error';
import type { Avatar, AvatarId, AvatarList, CharacterId, LookId } from '../core/types';
import { avatarKeys } from '../query/avatar-keys';
import { makeCharacter, makeLook } from '../testing/avatar-fixtures';
import { createDeferred } from '../testing/create-deferred';
import { createMemoryClient } from '../testing/create-memory-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { readQuery } from '../testing/read-query';
import { useAllAvatars, useCharacters, useLooks, usePublicAvatars } from './use-avatar-lists';
import { type UseFavoriteOptions, useFavorite } from './use-favorite';

const C1 = 'avat_C1' as CharacterId;
const L1 = 'avat_L1' as LookId;

const serverError = () => new AvatarApiError({ kind: 'server', status: 500, message: 'boom' });

function setup(target: AvatarId, options: UseFavoriteOptions = {}) {
  const characters = [makeCharacter(C1, { isPublic: true }), makeCharacter('avat_C2')];
  const looks = [makeLook(L1, C1), makeLook('avat_L2', C1)];
  const client = createMemoryClient(characters, looks);
  const { queryClient, wrapper } = createTestWrapper(client);
  const view = renderHook(
    () => ({
      characters: readQuery(useCharacters()),
      looks: readQuery(useLooks(C1)),
      public: readQuery(usePublicAvatars()),
      all: readQuery(useAllAvatars()),
      favorite: useFavorite(target, options),
    }),
    { wrapper },
  );
  return { client, characters, queryClient, wrapper, ...view };
}

type Lists = Pick<
  ReturnType<typeof setup>['result']['current'],
  'characters' | 'looks' | 'public' | 'all'
>;

function favoriteIn(list: { data?: AvatarList<Avatar> | undefined }, id: AvatarId) {
  return list.data?.items.find((avatar) => avatar.id === id)?.isFavorite;
}

async function loaded(result: { current: Lists }) {
  await waitFor(() => {
    for (const list of [
      result.current.characters,
      result.current.looks,
      result.current.public,
      result.current.all,
    ]) {
      expect(list.isSuccess).toBe(true);
    }
  });
}

/** Replaces the client's `setFavorite` with calls the test settles one by one. */
function holdFavoriteCalls(client: ReturnType<typeof createMemoryClient>) {
  const calls: Array<{ value: boolean; deferred: ReturnType<typeof createDeferred<void>> }> = [];
  const spy = vi.spyOn(client, 'setFavorite').mockImplementation((id, value) => {
    const deferred = createDeferred();
    calls.push({ value, deferred });
    return deferred.promise.then(() => {
      client.favorites.set(id, value);
    });
  });
  return { calls, spy };
}

describe('useFavorite', () => {
  it('shows a character favorite at once in characters, public and everything', async () => {
    const { client, result } = setup(C1);
    await loaded(result);
    const { calls } = holdFavoriteCalls(client);
    act(() => result.current.favorite.setFavorite(true));
    await waitFor(() => expect(favoriteIn(result.current.characters, C1)).toBe(true));
    expect(favoriteIn(result.current.public, C1)).toBe(true);
    expect(favoriteIn(result.current.all, C1)).toBe(true);
    expect(favoriteIn(result.current.characters, 'avat_C2' as CharacterId)).toBe(false);
    expect(result.current.favorite.isPending).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('shows a look favorite at once in its looks list and in everything', async () => {
    const { client, result } = setup(L1);
    await loaded(result);
    holdFavoriteCalls(client);
    act(() => result.current.favorite.setFavorite(true));
    await waitFor(() => expect(favoriteIn(result.current.looks, L1)).toBe(true));
    expect(favoriteIn(result.current.all, L1)).toBe(true);
    expect(favoriteIn(result.current.looks, 'avat_L2' as LookId)).toBe(false);
  });

  it('sends the desired states one call at a time, in click order', async () => {
    const onSuccess = vi.fn();
    const { client, result } = setup(C1, { onSuccess });
    await loaded(result);
    const { calls, spy } = holdFavoriteCalls(client);
    act(() => {
      result.current.favorite.setFavorite(true);
      result.current.favorite.setFavorite(true);
      result.current.favorite.setFavorite(false);
    });
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(favoriteIn(result.current.characters, C1)).toBe(false));
    for (const expected of [2, 3]) {
      await act(async () => calls[expected - 2]?.deferred.resolve());
      await waitFor(() => expect(spy).toHaveBeenCalledTimes(expected));
    }
    await act(async () => calls[2]?.deferred.resolve());
    await waitFor(() => expect(result.current.favorite.isPending).toBe(false));
    expect(calls.map((call) => call.value)).toEqual([true, true, false]);
    // One outcome per burst of clicks: the last call's.
    expect(onSuccess.mock.calls).toEqual([[false]]);
    expect(client.favorites.get(C1)).toBe(false);
  });

  it('refetches the lists holding the avatar once, after the last pending call settles', async () => {
    const { client, result } = setup(C1);
    await loaded(result);
    const { calls } = holdFavoriteCalls(client);
    const reads = {
      characters: vi.spyOn(client, 'listCharacters'),
      public: vi.spyOn(client, 'listPublic'),
      all: vi.spyOn(client, 'listAll'),
      looks: vi.spyOn(client, 'listLooks'),
    };
    act(() => {
      result.current.favorite.setFavorite(true);
      result.current.favorite.setFavorite(false);
      result.current.favorite.setFavorite(true);
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(async () => calls[0]?.deferred.resolve());
    await waitFor(() => expect(calls).toHaveLength(2));
    await act(async () => calls[1]?.deferred.resolve());
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(reads.characters).not.toHaveBeenCalled();
    await act(async () => calls[2]?.deferred.resolve());
    await waitFor(() => expect(result.current.favorite.isPending).toBe(false));
    expect(reads.characters).toHaveBeenCalledTimes(1);
    expect(reads.public).toHaveBeenCalledTimes(1);
    expect(reads.all).toHaveBeenCalledTimes(1);
    expect(reads.looks).not.toHaveBeenCalled();
    expect(favoriteIn(result.current.characters, C1)).toBe(true);
  });

  it('on error rolls back only isFavorite, keeping fields a refetch changed meanwhile', async () => {
    const onError = vi.fn();
    const { client, characters, queryClient, result } = setup(C1, { onError });
    await loaded(result);
    const { calls } = holdFavoriteCalls(client);
    act(() => result.current.favorite.setFavorite(true));
    await waitFor(() => expect(calls).toHaveLength(1));

    characters[0] = makeCharacter(C1, { isPublic: true, name: 'Renamed on the server' });
    await act(() => queryClient.refetchQueries({ queryKey: avatarKeys.characters() }));
    const renamed = () => result.current.characters.data?.items.find((a) => a.id === C1);
    await waitFor(() =>
      expect(renamed()).toMatchObject({ name: 'Renamed on the server', isFavorite: true }),
    );

    const listCharacters = vi.spyOn(client, 'listCharacters');
    const refetch = createDeferred<AvatarList<never>>();
    listCharacters.mockImplementation(() => refetch.promise);
    const error = serverError();
    await act(async () => calls[0]?.deferred.reject(error));

    await waitFor(() => expect(result.current.favorite.error).toBe(error));
    expect(renamed()).toMatchObject({ name: 'Renamed on the server', isFavorite: false });
    expect(favoriteIn(result.current.public, C1)).toBe(false);
    expect(favoriteIn(result.current.all, C1)).toBe(false);
    expect(onError).toHaveBeenCalledWith(error, true);
    expect(listCharacters).toHaveBeenCalledTimes(1);
  });

  it('rolls back to the last server-confirmed value, not to an earlier optimistic one', async () => {
    const { client, result } = setup(C1);
    await loaded(result);
    const { calls } = holdFavoriteCalls(client);
    act(() => {
      result.current.favorite.setFavorite(true);
      result.current.favorite.setFavorite(false);
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(async () => calls[0]?.deferred.resolve());
    await waitFor(() => expect(calls).toHaveLength(2));
    await act(async () => calls[1]?.deferred.reject(serverError()));
    await waitFor(() => expect(result.current.favorite.error?.kind).toBe('server'));
    expect(favoriteIn(result.current.characters, C1)).toBe(true);
    await waitFor(() => expect(result.current.favorite.isPending).toBe(false));
    expect(favoriteIn(result.current.characters, C1)).toBe(true);
  });

  it('keeps showing the newest click while it is pending, even when an older call fails', async () => {
    const { client, result } = setup(C1);
    await loaded(result);
    const { calls } = holdFavoriteCalls(client);
    act(() => {
      result.current.favorite.setFavorite(true);
      result.current.favorite.setFavorite(false);
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(async () => calls[0]?.deferred.reject(serverError()));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(favoriteIn(result.current.characters, C1)).toBe(false);
    await act(async () => calls[1]?.deferred.reject(serverError()));
    await waitFor(() => expect(result.current.favorite.isPending).toBe(false));
    expect(favoriteIn(result.current.characters, C1)).toBe(false);
  });

  it('reports only the outcome of the last call when an older one fails', async () => {
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const { client, result } = setup(C1, { onSuccess, onError });
    await loaded(result);
    const { calls } = holdFavoriteCalls(client);
    act(() => {
      result.current.favorite.setFavorite(true);
      result.current.favorite.setFavorite(false);
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(async () => calls[0]?.deferred.reject(serverError()));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(onError).not.toHaveBeenCalled();
    await act(async () => calls[1]?.deferred.resolve());
    await waitFor(() => expect(result.current.favorite.isPending).toBe(false));
    expect(onError).not.toHaveBeenCalled();
    expect(onSuccess.mock.calls).toEqual([[false]]);
  });

  it('cancels an in-flight list fetch so its late, pre-click answer cannot overwrite the click', async () => {
    const { client, queryClient, result } = setup(C1);
    await loaded(result);
    holdFavoriteCalls(client);
    const stale = createDeferred<AvatarList<ReturnType<typeof makeCharacter>>>();
    vi.spyOn(client, 'listCharacters').mockImplementationOnce(() => stale.promise);
    act(() => void queryClient.refetchQueries({ queryKey: avatarKeys.characters() }));

    act(() => result.current.favorite.setFavorite(true));
    await waitFor(() => expect(result.current.characters.isFetching).toBe(false));
    await act(async () =>
      stale.resolve({ items: [makeCharacter(C1, { isPublic: true })], skipped: [] }),
    );
    expect(favoriteIn(result.current.characters, C1)).toBe(true);
  });

  it('shares the pending state between components showing the same avatar', async () => {
    const { client, result, wrapper } = setup(C1);
    await loaded(result);
    const other = renderHook(() => useFavorite(C1), { wrapper });
    const { calls } = holdFavoriteCalls(client);
    act(() => result.current.favorite.setFavorite(true));
    await waitFor(() => expect(other.result.current.isPending).toBe(true));
    await act(async () => calls[0]?.deferred.resolve());
    await waitFor(() => expect(other.result.current.isPending).toBe(false));
    expect(result.current.favorite.isPending).toBe(false);
    expect(other.result.current.error).toBeNull();
  });
});

describe('useFavorite re-rendering', () => {
  it('does not notify the mutation cache when a tile re-renders with the same avatar', async () => {
    const { queryClient, result, rerender } = setup(L1);
    await loaded(result);
    const events: string[] = [];
    const unsubscribe = queryClient
      .getMutationCache()
      .subscribe((event) => events.push(event.type));
    rerender();
    rerender();
    unsubscribe();
    expect(events).toEqual([]);
  });

  it('calls the latest onSuccess after the options object changed', async () => {
    const first = vi.fn();
    const latest = vi.fn();
    const characters = [makeCharacter(C1)];
    const client = createMemoryClient(characters, [makeLook(L1, C1)]);
    const { wrapper } = createTestWrapper(client);
    const view = renderHook(({ onSuccess }) => useFavorite(L1, { onSuccess }), {
      wrapper,
      initialProps: { onSuccess: first },
    });
    view.rerender({ onSuccess: latest });
    act(() => view.result.current.setFavorite(true));
    await waitFor(() => expect(latest).toHaveBeenCalledWith(true));
    expect(first).not.toHaveBeenCalled();
  });
});
