import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { avatarKeys } from '../query/avatar-keys';
import { setupLooksFixture } from '../testing/setup-looks-fixture';
import { usePrefetchLooks } from './use-prefetch-looks';

describe('usePrefetchLooks', () => {
  it('returns a stable function that warms the looks cache', async () => {
    const { queryClient, wrapper, character, looksRequests } = setupLooksFixture();
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
