import type { Fault } from '@avatar-picker/mock-api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CharacterId } from '../core/types';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { firstCharacterWithLooks } from '../testing/first-character-with-looks';
import { readQuery } from '../testing/read-query';
import { useAllAvatars, useCharacters, useLooks, usePublicAvatars } from './use-avatar-lists';

afterEach(() => {
  vi.useRealTimers();
});

function setupCharacters(apiKey: string | null = 'demo-key') {
  const fake = createFakeApiClient({}, apiKey);
  const { queryClient, wrapper } = createTestWrapper(fake.client);
  return { ...fake, queryClient, wrapper };
}

describe('useCharacters', () => {
  it('goes from loading to the parsed characters, newest first', async () => {
    const { wrapper, api } = setupCharacters();
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
    const { wrapper } = setupCharacters();
    const { result } = renderHook(
      () => readQuery(useCharacters({ select: (list) => list.items.length })),
      { wrapper },
    );
    await waitFor(() => expect(result.current.data).toBe(24));
  });

  it('fetches nothing while disabled', async () => {
    const { wrapper, fetch } = setupCharacters();
    const { result } = renderHook(() => readQuery(useCharacters({ enabled: false })), { wrapper });
    await act(async () => {});
    expect(result.current.fetchStatus).toBe('idle');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('surfaces a missing API key as an auth error, without retrying', async () => {
    const { wrapper, fetch } = setupCharacters(null);
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
    const { wrapper, api, fetch } = setupCharacters();
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
    const { wrapper, api, fetch } = setupCharacters();
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
    const { wrapper, api, fetch } = setupCharacters();
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

function setupLooks() {
  const fake = createFakeApiClient();
  return {
    ...fake,
    ...createTestWrapper(fake.client),
    character: firstCharacterWithLooks(fake.api),
  };
}

describe('useLooks', () => {
  it('goes from loading to the looks of that character', async () => {
    const { wrapper, character } = setupLooks();
    const { result } = renderHook(() => readQuery(useLooks(character.id)), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const looks = result.current.data?.items ?? [];
    expect(looks).toHaveLength(character.looksCount);
    expect(looks.every((look) => look.kind === 'look' && look.characterId === character.id)).toBe(
      true,
    );
  });

  it('fetches nothing for null, and starts once a character is given', async () => {
    const { wrapper, fetch, character, requestsTo } = setupLooks();
    const { result, rerender } = renderHook(
      ({ id }: { id: CharacterId | null }) => readQuery(useLooks(id)),
      { wrapper, initialProps: { id: null as CharacterId | null } },
    );
    await act(async () => {});
    expect(result.current).toMatchObject({
      status: 'pending',
      fetchStatus: 'idle',
      data: undefined,
    });
    expect(fetch).not.toHaveBeenCalled();

    rerender({ id: character.id });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(requestsTo(`/v1/avatars?parent_id=${character.id}`)).toBe(1);
  });

  it('honours enabled and select', async () => {
    const { wrapper, fetch, character } = setupLooks();
    const { result, rerender } = renderHook(
      ({ enabled }: { enabled: boolean }) =>
        readQuery(
          useLooks(character.id, { enabled, select: (list) => list.items.map((l) => l.id) }),
        ),
      { wrapper, initialProps: { enabled: false } },
    );
    await act(async () => {});
    expect(fetch).not.toHaveBeenCalled();
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.data).toHaveLength(character.looksCount));
  });

  it('surfaces a failed looks request with its kind', async () => {
    const { wrapper, api, character } = setupLooks();
    api.faults.add({ route: 'looks', status: 404, body: 'bare', message: 'Avatar not found' });
    const { result } = renderHook(() => readQuery(useLooks(character.id)), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'not-found', message: 'Avatar not found' });
  });
});

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
