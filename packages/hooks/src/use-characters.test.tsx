import type { Fault } from '@avatar-picker/mock-api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApiClient } from './testing/create-fake-api-client';
import { createTestWrapper } from './testing/create-test-wrapper';
import { readQuery } from './testing/read-query';
import { useCharacters } from './use-characters';

afterEach(() => {
  vi.useRealTimers();
});

function setup(apiKey: string | null = 'demo-key') {
  const fake = createFakeApiClient({}, apiKey);
  const { queryClient, wrapper } = createTestWrapper(fake.client);
  return { ...fake, queryClient, wrapper };
}

describe('useCharacters', () => {
  it('goes from loading to the parsed characters, newest first', async () => {
    const { wrapper, api } = setup();
    const { result } = renderHook(() => readQuery(useCharacters()), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const items = result.current.data?.items ?? [];
    expect(items.map((character) => character.id)).toEqual(
      api.listCharacters().map((row) => row.avatar_id),
    );
    expect(items.every((item) => item.kind === 'character')).toBe(true);
    const created = items.map((item) => item.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('projects the cached list through select', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(
      () => readQuery(useCharacters({ select: (list) => list.items.length })),
      { wrapper },
    );
    await waitFor(() => expect(result.current.data).toBe(24));
  });

  it('fetches nothing while disabled', async () => {
    const { wrapper, fetch } = setup();
    const { result } = renderHook(() => readQuery(useCharacters({ enabled: false })), { wrapper });
    await act(async () => {});
    expect(result.current.fetchStatus).toBe('idle');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('surfaces a missing API key as an auth error, without retrying', async () => {
    const { wrapper, fetch } = setup(null);
    const { result } = renderHook(() => readQuery(useCharacters()), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({
      name: 'AvatarApiError',
      kind: 'auth',
      status: 401,
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each<[Fault, Record<string, unknown>]>([
    [
      { route: 'characters', status: 403, body: 'bare' },
      { kind: 'forbidden', status: 403 },
    ],
    [
      { route: 'characters', status: 404 },
      { kind: 'not-found', status: 404 },
    ],
    [
      { route: 'characters', status: 400, message: 'Bad filter', code: 'BAD_FILTER' },
      { kind: 'bad-request', message: 'Bad filter', code: 'BAD_FILTER' },
    ],
    [{ route: 'characters', malformed: ['not-an-array'] }, { kind: 'invalid-response' }],
  ])('surfaces %o as %o at once', async (fault, expected) => {
    const { wrapper, api, fetch } = setup();
    api.faults.add({ ...fault, times: Number.POSITIVE_INFINITY });
    const { result } = renderHook(() => readQuery(useCharacters()), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject(expected);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each<[string, Fault, string]>([
    ['a 500', { route: 'characters', status: 500, body: 'html' }, 'server'],
    ['a dropped connection', { route: 'characters', network: true }, 'network'],
  ])('retries %s twice with backoff, then surfaces it', async (_name, fault, kind) => {
    vi.useFakeTimers();
    const { wrapper, api, fetch } = setup();
    api.faults.add({ ...fault, times: Number.POSITIVE_INFINITY });
    const { result } = renderHook(() => readQuery(useCharacters()), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(fetch).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(fetch).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(fetch).toHaveBeenCalledTimes(3);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(result.current.error).toMatchObject({ kind });
  });

  it('waits out Retry-After on a 429, then succeeds', async () => {
    vi.useFakeTimers();
    const { wrapper, api, fetch } = setup();
    api.faults.add({ route: 'characters', status: 429, retryAfterSeconds: 3 });
    const { result } = renderHook(() => readQuery(useCharacters()), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(2_999));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(result.current.isPending).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(fetch).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(result.current.isSuccess).toBe(true);
  });
});
