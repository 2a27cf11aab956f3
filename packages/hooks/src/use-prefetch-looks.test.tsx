import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { avatarKeys } from './avatar-keys';
import { createFakeApiClient } from './testing/create-fake-api-client';
import { createTestWrapper } from './testing/create-test-wrapper';
import { firstCharacterWithLooks } from './testing/first-character-with-looks';
import { usePrefetchLooks } from './use-prefetch-looks';

function setup() {
  const fake = createFakeApiClient();
  const character = firstCharacterWithLooks(fake.api);
  return {
    ...fake,
    ...createTestWrapper(fake.client),
    character,
    looksRequests: () => fake.requestsTo(`/v1/avatars?parent_id=${character.id}`),
  };
}

describe('usePrefetchLooks', () => {
  it('returns a stable function that warms the looks cache', async () => {
    const { queryClient, wrapper, character, looksRequests } = setup();
    const { result, rerender } = renderHook(() => usePrefetchLooks(), { wrapper });
    const prefetch = result.current;
    rerender();
    expect(result.current).toBe(prefetch);
    act(() => prefetch(character.id));
    await waitFor(() =>
      expect(queryClient.getQueryState(avatarKeys.looks(character.id))?.status).toBe('success'),
    );
    expect(looksRequests()).toBe(1);
  });
});
