import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLooks } from '../react/use-avatar-lists';
import { readQuery } from '../testing/read-query';
import { setupLooksFixture } from '../testing/setup-looks-fixture';
import { avatarKeys } from './avatar-keys';
import { looksQueryOptions, prefetchLooks } from './query-options';

describe('prefetchLooks', () => {
  it('fills the cache so useLooks renders the looks without another request', async () => {
    const { client, queryClient, wrapper, character, looksRequests } = setupLooksFixture();
    await prefetchLooks(queryClient, client, character.id);
    expect(looksRequests()).toBe(1);
    expect(
      queryClient.getQueryData(looksQueryOptions(client, character.id).queryKey)?.items,
    ).toHaveLength(character.looksCount);

    const { result } = renderHook(() => readQuery(useLooks(character.id)), { wrapper });
    expect(result.current.isSuccess).toBe(true);
    await act(async () => {});
    expect(looksRequests()).toBe(1);
  });

  it('does not refetch looks that are still fresh', async () => {
    const { client, queryClient, character, looksRequests } = setupLooksFixture();
    await prefetchLooks(queryClient, client, character.id);
    await prefetchLooks(queryClient, client, character.id);
    expect(looksRequests()).toBe(1);
  });

  it('never rejects, even when the request fails', async () => {
    const { api, client, queryClient, character } = setupLooksFixture();
    api.faults.add({ route: 'looks', status: 403 });
    await expect(prefetchLooks(queryClient, client, character.id)).resolves.toBeUndefined();
    expect(queryClient.getQueryState(avatarKeys.looks(character.id))?.error).toMatchObject({
      kind: 'forbidden',
    });
  });
});
