import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApiClient } from './testing/create-fake-api-client';
import { createTestWrapper } from './testing/create-test-wrapper';
import { firstCharacterWithLooks } from './testing/first-character-with-looks';
import { readQuery } from './testing/read-query';
import type { CharacterId } from './types';
import { useLooks } from './use-looks';

function setup() {
  const fake = createFakeApiClient();
  return {
    ...fake,
    ...createTestWrapper(fake.client),
    character: firstCharacterWithLooks(fake.api),
  };
}

describe('useLooks', () => {
  it('goes from loading to the looks of that character', async () => {
    const { wrapper, character } = setup();
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
    const { wrapper, fetch, character, requestsTo } = setup();
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
    const { wrapper, fetch, character } = setup();
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
    const { wrapper, api, character } = setup();
    api.faults.add({ route: 'looks', status: 404, body: 'bare', message: 'Avatar not found' });
    const { result } = renderHook(() => readQuery(useLooks(character.id)), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'not-found', message: 'Avatar not found' });
  });
});
