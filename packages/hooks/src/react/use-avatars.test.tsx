import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AvatarApiError } from '../core/avatar-api-error';
import type { AvatarFilter } from '../core/select-characters';
import type { AvatarClient, CharacterId, LookId } from '../core/types';
import { makeCharacter, makeLook } from '../testing/avatar-fixtures';
import { createDeferred } from '../testing/create-deferred';
import { createMemoryClient } from '../testing/create-memory-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { useAvatars } from './use-avatars';
import { useFavorite } from './use-favorite';

const MINE = 'avat_MINE' as CharacterId;
const MINE_FAVORITE = 'avat_MINEFAV' as CharacterId;
const MINE_PUBLIC = 'avat_MINEPUB' as CharacterId;
const OTHER = 'avat_OTHER' as CharacterId;
const LOOK_OF_MINE = 'avat_LMINE' as LookId;

const authError = () => new AvatarApiError({ kind: 'auth', status: 401, message: 'no key' });

/** The caller owns three characters; a fourth is someone else's public one with a favorite look. */
function setup(filter: AvatarFilter, prepare: (client: AvatarClient) => void = () => {}) {
  const own = [
    makeCharacter(MINE),
    makeCharacter(MINE_FAVORITE, { isFavorite: true }),
    makeCharacter(MINE_PUBLIC, { isPublic: true }),
  ];
  const other = makeCharacter(OTHER, { isPublic: true });
  const looks = [
    makeLook(LOOK_OF_MINE, MINE),
    makeLook('avat_LOTHER', OTHER, { isFavorite: true }),
  ];
  const memory = createMemoryClient([...own, other], looks);
  const ownIds = new Set<string>(own.map((character) => character.id));
  const client: AvatarClient = {
    ...memory,
    listCharacters: async (options) => {
      const list = await memory.listCharacters(options);
      return { ...list, items: list.items.filter((character) => ownIds.has(character.id)) };
    },
  };
  const requests = {
    characters: vi.spyOn(client, 'listCharacters'),
    public: vi.spyOn(client, 'listPublic'),
    all: vi.spyOn(client, 'listAll'),
  };
  prepare(client);
  const { wrapper } = createTestWrapper(client);
  const view = renderHook(() => useAvatars({ filter }), { wrapper });
  const shown = () => view.result.current.characters?.map((character) => character.id);
  return { client, requests, wrapper, shown, ...view };
}

describe('useAvatars', () => {
  it('shows the own characters for mine, fetching nothing else', async () => {
    const { result, requests, shown } = setup('mine');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(shown()).toEqual([MINE, MINE_FAVORITE, MINE_PUBLIC]);
    expect(requests.public).not.toHaveBeenCalled();
    expect(requests.all).not.toHaveBeenCalled();
  });

  it('shows the public characters for public, fetching nothing else', async () => {
    const { result, requests, shown } = setup('public');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(shown()).toEqual([MINE_PUBLIC, OTHER]);
    expect(requests.characters).not.toHaveBeenCalled();
    expect(requests.all).not.toHaveBeenCalled();
  });

  it('shows own characters, then public ones not owned, for all', async () => {
    const { result, requests, shown } = setup('all');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(shown()).toEqual([MINE, MINE_FAVORITE, MINE_PUBLIC, OTHER]);
    expect(requests.all).not.toHaveBeenCalled();
  });

  it('shows favorite characters and characters with a favorite look for favorites', async () => {
    const { result, requests, shown } = setup('favorites');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(shown()).toEqual([MINE_FAVORITE, OTHER]);
    expect(requests.all).toHaveBeenCalledTimes(1);
  });

  it('adds a character to favorites while favoriting one of its looks is pending', async () => {
    const { client, result, wrapper, shown } = setup('favorites');
    await waitFor(() => expect(result.current.status).toBe('success'));
    vi.spyOn(client, 'setFavorite').mockReturnValue(createDeferred<void>().promise);
    const star = renderHook(() => useFavorite(LOOK_OF_MINE), { wrapper });
    act(() => star.result.current.toggle());
    await waitFor(() => expect(shown()).toEqual([MINE, MINE_FAVORITE, OTHER]));
    expect(star.result.current.isPending).toBe(true);
  });

  it('is pending until every list the filter reads has loaded, then keeps one array', async () => {
    const publicList = createDeferred<Awaited<ReturnType<AvatarClient['listPublic']>>>();
    const { result, rerender } = setup('all', (client) => {
      vi.spyOn(client, 'listPublic').mockReturnValue(publicList.promise);
    });
    expect(result.current).toMatchObject({ status: 'pending', characters: undefined, error: null });
    await act(async () => publicList.resolve({ items: [], skipped: [] }));
    await waitFor(() => expect(result.current.status).toBe('success'));
    const shown = result.current.characters;
    rerender();
    expect(result.current.characters).toBe(shown);
  });

  it('reports a list that failed to load as an error, and recovers on refetch', async () => {
    const error = authError();
    const { result, shown } = setup('all', (client) => {
      vi.spyOn(client, 'listPublic').mockRejectedValueOnce(error);
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe(error);
    expect(result.current.characters).toBeUndefined();

    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.error).toBeNull();
    expect(shown()).toEqual([MINE, MINE_FAVORITE, MINE_PUBLIC, OTHER]);
  });

  it('keeps showing the cached characters when a refresh fails, with its error', async () => {
    const { client, result, shown } = setup('mine');
    await waitFor(() => expect(result.current.status).toBe('success'));
    const error = authError();
    vi.spyOn(client, 'listCharacters').mockRejectedValueOnce(error);
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.error).toBe(error));
    expect(result.current.status).toBe('success');
    expect(shown()).toEqual([MINE, MINE_FAVORITE, MINE_PUBLIC]);
  });
});
