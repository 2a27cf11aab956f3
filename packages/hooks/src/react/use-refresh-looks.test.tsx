import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { avatarKeys } from '../query/avatar-keys';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { firstCharacterWithLooks } from '../testing/first-character-with-looks';
import { readQuery } from '../testing/read-query';
import { useLooks } from './use-avatar-lists';
import { useRefreshLooks } from './use-refresh-looks';

function setup() {
  let now = Date.UTC(2025, 0, 1);
  const fake = createFakeApiClient({ now: () => now, urlTtlSeconds: 60 });
  const character = firstCharacterWithLooks(fake.api);
  const { wrapper, queryClient } = createTestWrapper(fake.client);
  const view = renderHook(
    () => ({ looks: readQuery(useLooks(character.id)), refresh: useRefreshLooks() }),
    { wrapper },
  );
  return {
    ...fake,
    ...view,
    queryClient,
    character,
    advanceClock: (ms: number) => {
      now += ms;
    },
    looksRequests: () => fake.requestsTo(`/v1/avatars?parent_id=${character.id}`),
  };
}

const videoUrls = (items: Array<{ videoUrl: string | null }> | undefined) =>
  (items ?? []).map((look) => look.videoUrl).filter((url) => url !== null);

describe('useRefreshLooks', () => {
  it('refetches looks that are still fresh, bringing newly signed video URLs', async () => {
    const { result, advanceClock, looksRequests, character } = setup();
    await waitFor(() => expect(result.current.looks.isSuccess).toBe(true));
    const before = videoUrls(result.current.looks.data?.items);
    expect(before.length).toBeGreaterThan(0);

    advanceClock(120_000);
    await act(() => result.current.refresh(character.id));
    expect(looksRequests()).toBe(2);
    await waitFor(() => expect(videoUrls(result.current.looks.data?.items)).not.toEqual(before));
  });

  it('resolves on failure and leaves the error on the looks query', async () => {
    const { api, result, queryClient, character } = setup();
    await waitFor(() => expect(result.current.looks.isSuccess).toBe(true));
    api.faults.add({ route: 'looks', status: 404 });
    await act(() => result.current.refresh(character.id));
    expect(queryClient.getQueryState(avatarKeys.looks(character.id))?.error).toMatchObject({
      kind: 'not-found',
    });
  });
});
