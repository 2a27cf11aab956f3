import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AvatarApiError } from '../core/avatar-api-error';
import type { AvatarId } from '../core/types';
import { allAvatarsQueryOptions } from '../query/query-options';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { readLookupFixtures, sameLook, UNKNOWN_ID } from '../testing/lookup-fixtures';
import { useAvatarsById } from './use-avatars-by-id';

async function setup() {
  const fake = createFakeApiClient();
  const fixtures = await readLookupFixtures(fake.client);
  fake.fetch.mockClear();
  const { queryClient, wrapper } = createTestWrapper(fake.client);
  // A new array each render, as a caller reading ids from storage would pass.
  const render = (ids: readonly (AvatarId | string)[]) =>
    renderHook(() => useAvatarsById([...ids]), { wrapper });
  return { ...fake, ...fixtures, queryClient, render };
}

describe('useAvatarsById against the fake API', () => {
  it('resolves many ids with one request of the account list and one of the public list', async () => {
    const { render, requestsTo, ownLook, inactiveLook, publicLook } = await setup();
    const ids = [ownLook.id, publicLook.id, inactiveLook.id, UNKNOWN_ID, 'not-an-id', ownLook.id];
    const { result } = render(ids);
    expect(result.current.isPending).toBe(true);
    expect(result.current.avatars.get('not-an-id')).toBeNull();
    expect(result.current.avatars.get(ownLook.id)).toBeUndefined();

    await waitFor(() => expect(result.current.isPending).toBe(false));
    const { avatars, error } = result.current;
    expect([...avatars.keys()]).toEqual([...new Set(ids)]);
    expect(avatars.get(ownLook.id)).toEqual(sameLook(ownLook));
    expect(avatars.get(inactiveLook.id)).toEqual(sameLook(inactiveLook));
    expect(avatars.get(publicLook.id)).toEqual(sameLook(publicLook));
    expect(avatars.get(UNKNOWN_ID)).toBeNull();
    expect(error).toBeNull();
    expect(requestsTo('/v1/avatars?characters_only=false')).toBe(1);
    expect(requestsTo('/v1/avatars/public')).toBe(1);
  });

  it('answers ids a cached list holds at once, without a request', async () => {
    const { client, fetch, queryClient, render, ownLook, inactiveLook } = await setup();
    await queryClient.fetchQuery(allAvatarsQueryOptions(client));
    fetch.mockClear();
    const { result } = render([ownLook.id, inactiveLook.id]);
    expect(result.current.isPending).toBe(false);
    expect(result.current.avatars.get(ownLook.id)).toEqual(sameLook(ownLook));
    expect(result.current.avatars.get(inactiveLook.id)).toEqual(sameLook(inactiveLook));
    await act(async () => {});
    expect(fetch).not.toHaveBeenCalled();
  });

  it('surfaces an upstream error as an AvatarApiError', async () => {
    const { api, render, ownLook } = await setup();
    api.faults.add({ route: 'all', status: 401, times: Infinity });
    const { result } = render([ownLook.id]);
    await waitFor(() => expect(result.current.error).toBeInstanceOf(AvatarApiError));
    expect(result.current).toMatchObject({ isPending: false, error: { kind: 'auth' } });
    expect(result.current.avatars.get(ownLook.id)).toBeUndefined();
  });
});
