import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApiClient } from './testing/create-fake-api-client';
import { createTestWrapper } from './testing/create-test-wrapper';
import { readQuery } from './testing/read-query';
import { usePublicAvatars } from './use-public-avatars';

describe('usePublicAvatars', () => {
  it('goes from loading to the public pool, at most 100, newest first', async () => {
    const fake = createFakeApiClient();
    const { wrapper } = createTestWrapper(fake.client);
    const { result } = renderHook(() => readQuery(usePublicAvatars()), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const items = result.current.data?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(100);
    const created = items.map((item) => item.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    expect(fake.requestsTo('/v1/avatars/public')).toBe(1);
  });

  it('surfaces a rate limit that asks for too long a wait at once', async () => {
    const fake = createFakeApiClient();
    fake.api.faults.add({ route: 'public', status: 429, retryAfterSeconds: 3600 });
    const { wrapper } = createTestWrapper(fake.client);
    const { result } = renderHook(() => readQuery(usePublicAvatars()), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3_600_000 });
    expect(fake.fetch).toHaveBeenCalledTimes(1);
  });
});
