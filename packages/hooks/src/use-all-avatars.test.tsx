import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApiClient } from './testing/create-fake-api-client';
import { createTestWrapper } from './testing/create-test-wrapper';
import { readQuery } from './testing/read-query';
import { useAllAvatars } from './use-all-avatars';

describe('useAllAvatars', () => {
  it('goes from loading to characters and looks in one list', async () => {
    const fake = createFakeApiClient();
    const { wrapper } = createTestWrapper(fake.client);
    const { result } = renderHook(() => readQuery(useAllAvatars()), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const kinds = new Set(result.current.data?.items.map((item) => item.kind));
    expect(kinds).toEqual(new Set(['character', 'look']));
    expect(fake.requestsTo('/v1/avatars?characters_only=false')).toBe(1);
  });

  it('reports malformed rows as skipped and keeps the rest', async () => {
    const fake = createFakeApiClient();
    fake.api.faults.add({ route: 'all', malformed: ['missing-fields', 'wrong-types'] });
    const { wrapper } = createTestWrapper(fake.client);
    const { result } = renderHook(() => readQuery(useAllAvatars()), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.skipped).toHaveLength(2);
    expect(result.current.data?.items.length).toBeGreaterThan(0);
  });
});
