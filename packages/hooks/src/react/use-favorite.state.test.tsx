import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AvatarApiError } from '../core/avatar-api-error';
import type { CharacterId, LookId } from '../core/types';
import { avatarKeys } from '../query/avatar-keys';
import { makeCharacter, makeLook } from '../testing/avatar-fixtures';
import { createDeferred } from '../testing/create-deferred';
import { createMemoryClient } from '../testing/create-memory-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { useCharacters, useLooks } from './use-avatar-lists';
import { useFavorite } from './use-favorite';

const C1 = 'avat_C1' as CharacterId;
const C2 = 'avat_C2' as CharacterId;
const L1 = 'avat_L1' as LookId;

function setup() {
  const client = createMemoryClient(
    [makeCharacter(C1, { isFavorite: true }), makeCharacter(C2)],
    [makeLook(L1, C1)],
  );
  const { queryClient, wrapper } = createTestWrapper(client);
  const lists = renderHook(() => useCharacters().isSuccess, { wrapper });
  return { client, queryClient, wrapper, lists };
}

describe('useFavorite isFavorite and toggle', () => {
  it('is undefined until a cached list holds the avatar, then shows its value', async () => {
    const { wrapper, lists } = setup();
    const c1 = renderHook(() => useFavorite(C1), { wrapper });
    const l1 = renderHook(() => useFavorite(L1), { wrapper });
    expect(c1.result.current.isFavorite).toBeUndefined();
    await waitFor(() => expect(lists.result.current).toBe(true));
    expect(c1.result.current.isFavorite).toBe(true);
    expect(l1.result.current.isFavorite).toBeUndefined();

    renderHook(() => useLooks(C1), { wrapper });
    await waitFor(() => expect(l1.result.current.isFavorite).toBe(false));
  });

  it('shows the optimistic value at once and the confirmed one after a failed call', async () => {
    const { client, wrapper, lists } = setup();
    await waitFor(() => expect(lists.result.current).toBe(true));
    const deferred = createDeferred<void>();
    vi.spyOn(client, 'setFavorite').mockReturnValue(deferred.promise);
    const c2 = renderHook(() => useFavorite(C2), { wrapper });
    expect(c2.result.current.isFavorite).toBe(false);

    act(() => c2.result.current.setFavorite(true));
    expect(c2.result.current.isFavorite).toBe(true);
    await act(async () =>
      deferred.reject(new AvatarApiError({ kind: 'server', status: 500, message: 'boom' })),
    );
    await waitFor(() => expect(c2.result.current.error?.kind).toBe('server'));
    expect(c2.result.current.isFavorite).toBe(false);
  });

  it('toggles from what the cache shows, even twice before a re-render', async () => {
    const { client, wrapper, lists } = setup();
    await waitFor(() => expect(lists.result.current).toBe(true));
    const sent = vi.spyOn(client, 'setFavorite');
    const c1 = renderHook(() => useFavorite(C1), { wrapper });

    act(() => c1.result.current.toggle());
    expect(c1.result.current.isFavorite).toBe(false);
    act(() => {
      c1.result.current.toggle();
      c1.result.current.toggle();
    });
    await waitFor(() => expect(c1.result.current.isPending).toBe(false));
    expect(sent.mock.calls.map(([, value]) => value)).toEqual([false, true, false]);
    expect(c1.result.current.isFavorite).toBe(false);
  });

  it('makes an avatar that no cached list holds a favorite', async () => {
    const { client, wrapper } = setup();
    const sent = vi.spyOn(client, 'setFavorite');
    const l1 = renderHook(() => useFavorite(L1), { wrapper });
    act(() => l1.result.current.toggle());
    await waitFor(() => expect(sent).toHaveBeenCalledWith(L1, true));
  });

  it('re-renders a tile only when its own avatar changes', async () => {
    const { queryClient, wrapper, lists } = setup();
    await waitFor(() => expect(lists.result.current).toBe(true));
    const renders = { c1: 0, c2: 0 };
    const c1 = renderHook(
      () => {
        renders.c1 += 1;
        return useFavorite(C1);
      },
      { wrapper },
    );
    renderHook(
      () => {
        renders.c2 += 1;
        return useFavorite(C2);
      },
      { wrapper },
    );
    renders.c1 = 0;
    renders.c2 = 0;

    await act(() => queryClient.refetchQueries({ queryKey: avatarKeys.all }));
    expect(renders).toEqual({ c1: 0, c2: 0 });

    act(() => c1.result.current.toggle());
    await waitFor(() => expect(c1.result.current.isPending).toBe(false));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(renders.c1).toBeGreaterThan(0);
    expect(renders.c2).toBe(0);
  });
});
