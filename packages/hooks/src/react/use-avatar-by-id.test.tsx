import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AvatarApiError } from '../core/avatar-api-error';
import type { Avatar, AvatarId, AvatarList, Look } from '../core/types';
import { avatarKeys } from '../query/avatar-keys';
import { setFavoriteInCache } from '../query/cached-lists';
import { allAvatarsQueryOptions } from '../query/query-options';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { readLookupFixtures, sameLook, UNKNOWN_ID } from '../testing/lookup-fixtures';
import { readQuery } from '../testing/read-query';
import { useAvatarById } from './use-avatar-by-id';

const ALL = '/v1/avatars?characters_only=false';

async function setup() {
  const fake = createFakeApiClient();
  const fixtures = await readLookupFixtures(fake.client);
  fake.fetch.mockClear();
  const { queryClient, wrapper } = createTestWrapper(fake.client);
  const render = (id: AvatarId | string | null) =>
    renderHook(() => readQuery(useAvatarById(id)), { wrapper });
  /** Loads the account's list into the cache, as a picker showing it would. */
  const cacheAll = async () => {
    await queryClient.fetchQuery(allAvatarsQueryOptions(fake.client));
    fake.fetch.mockClear();
  };
  /** Replaces one avatar of the cached account list, as a refetch bringing a change would. */
  const replaceInAll = (avatar: Avatar) =>
    act(() => {
      queryClient.setQueryData<AvatarList>(
        avatarKeys.everything(),
        (list) =>
          list && {
            ...list,
            items: list.items.map((item) => (item.id === avatar.id ? avatar : item)),
          },
      );
    });
  return { ...fake, ...fixtures, queryClient, wrapper, render, cacheAll, replaceInAll };
}

describe('useAvatarById against the fake API', () => {
  it('resolves a look of the account with one request', async () => {
    const { render, fetch, requestsTo, ownLook } = await setup();
    const { result } = render(ownLook.id);
    expect(result.current.status).toBe('pending');
    await waitFor(() => expect(result.current.data).toEqual(sameLook(ownLook)));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(requestsTo(ALL)).toBe(1);
  });

  it("resolves a look of another account's public character", async () => {
    const { render, requestsTo, publicLook, publicCharacter } = await setup();
    const { result } = render(publicLook.id);
    await waitFor(() => expect(result.current.data).toEqual(sameLook(publicLook)));
    expect(requestsTo(ALL)).toBe(1);
    expect(requestsTo('/v1/avatars/public')).toBe(1);
    expect(requestsTo(`/v1/avatars?parent_id=${publicCharacter.id}`)).toBe(1);
  });

  it('resolves an inactive look as it is: what it may be used for is the caller’s call', async () => {
    const { render, inactiveLook } = await setup();
    const { result } = render(inactiveLook.id);
    await waitFor(() => expect(result.current.data).toEqual(sameLook(inactiveLook)));
    expect((result.current.data as Look).isActive).toBe(false);
  });

  it('resolves an id nobody has to null', async () => {
    const { render } = await setup();
    const { result } = render(UNKNOWN_ID);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
  });

  it.each([
    ['an empty string', ''],
    ['the prefix alone', 'avat_'],
    ['a path', 'avat_01H3Z8G9/../public'],
    ['no id', null],
  ])('resolves %s to null at once, without a request', async (_name, id) => {
    const { render, fetch } = await setup();
    const { result } = render(id);
    expect(result.current).toMatchObject({ status: 'success', data: null });
    await act(async () => {});
    expect(fetch).not.toHaveBeenCalled();
  });

  it('answers at once from a cached list, without a request', async () => {
    const { render, cacheAll, fetch, ownLook } = await setup();
    await cacheAll();
    const { result } = render(ownLook.id);
    expect(result.current).toMatchObject({ status: 'success', data: sameLook(ownLook) });
    await act(async () => {});
    expect(fetch).not.toHaveBeenCalled();
  });

  it('follows a refetch that changes the cached avatar', async () => {
    const { render, cacheAll, replaceInAll, fetch, ownLook } = await setup();
    await cacheAll();
    const { result } = render(ownLook.id);
    replaceInAll({ ...ownLook, isActive: false });
    expect(result.current).toMatchObject({ status: 'success', data: { isActive: false } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('surfaces an upstream error as an AvatarApiError', async () => {
    const { api, render, ownLook } = await setup();
    api.faults.add({ route: 'all', status: 401 });
    const { result } = render(ownLook.id);
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(AvatarApiError);
    expect(result.current.error).toMatchObject({ kind: 'auth' });
  });

  it('answers from a list that arrives after a failed lookup', async () => {
    const { api, render, cacheAll, ownLook } = await setup();
    api.faults.add({ route: 'all', status: 401 });
    const { result } = render(ownLook.id);
    await waitFor(() => expect(result.current.isError).toBe(true));
    await act(cacheAll);
    await waitFor(() =>
      expect(result.current).toMatchObject({ status: 'success', data: sameLook(ownLook) }),
    );
  });

  it('keeps a favorite write to another avatar from rendering it again', async () => {
    const { wrapper, cacheAll, queryClient, ownLook, inactiveLook } = await setup();
    await cacheAll();
    let renders = 0;
    renderHook(
      () => {
        renders += 1;
        return readQuery(useAvatarById(ownLook.id));
      },
      { wrapper },
    );
    await act(async () => {});
    renders = 0;
    act(() => setFavoriteInCache(queryClient, inactiveLook.id, !inactiveLook.isFavorite));
    expect(renders).toBe(0);
    act(() => setFavoriteInCache(queryClient, ownLook.id, !ownLook.isFavorite));
    expect(renders).toBe(1);
  });
});
