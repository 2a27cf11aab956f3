import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { CharacterId, LookId } from '../core/types';
import { makeCharacter, makeLook } from '../testing/avatar-fixtures';
import { avatarKeys } from './avatar-keys';
import { cachedFavorites } from './cached-favorites';
import { setFavoriteInCache } from './cached-lists';

const C1 = 'avat_C1' as CharacterId;
const L1 = 'avat_L1' as LookId;

function seed() {
  const queryClient = new QueryClient();
  const c1 = makeCharacter(C1, { isFavorite: true });
  queryClient.setQueryData(avatarKeys.characters(), { items: [c1], skipped: [] });
  queryClient.setQueryData(avatarKeys.looks(C1), { items: [makeLook(L1, C1)], skipped: [] });
  return queryClient;
}

describe('cachedFavorites', () => {
  it('reads isFavorite from whichever cached list holds the avatar', () => {
    const favorites = cachedFavorites(seed());
    expect(favorites.get(C1)).toBe(true);
    expect(favorites.get(L1)).toBe(false);
    expect(favorites.get('avat_nowhere' as LookId)).toBeUndefined();
  });

  it('is one store per QueryClient', () => {
    const queryClient = seed();
    expect(cachedFavorites(queryClient)).toBe(cachedFavorites(queryClient));
    expect(cachedFavorites(queryClient)).not.toBe(cachedFavorites(seed()));
  });

  it('follows writes, new lists and removed lists, and tells its listeners', () => {
    const queryClient = seed();
    const favorites = cachedFavorites(queryClient);
    const listener = vi.fn();
    favorites.subscribe(listener);

    setFavoriteInCache(queryClient, L1, true);
    expect(favorites.get(L1)).toBe(true);
    expect(listener).toHaveBeenCalled();

    const L9 = 'avat_L9' as LookId;
    queryClient.setQueryData(avatarKeys.everything(), {
      items: [makeLook(L9, C1, { isFavorite: true })],
      skipped: [],
    });
    expect(favorites.get(L9)).toBe(true);

    queryClient.removeQueries({ queryKey: avatarKeys.looks(C1) });
    expect(favorites.get(L1)).toBeUndefined();
  });

  it('stays quiet for cache events that leave the data as it was', async () => {
    const queryClient = seed();
    const favorites = cachedFavorites(queryClient);
    const listener = vi.fn();
    favorites.subscribe(listener);
    await queryClient.invalidateQueries({ queryKey: avatarKeys.characters() });
    queryClient.setQueryData(['another-library'], { items: [] });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling a listener once it unsubscribed', () => {
    const queryClient = seed();
    const listener = vi.fn();
    const unsubscribe = cachedFavorites(queryClient).subscribe(listener);
    unsubscribe();
    setFavoriteInCache(queryClient, C1, false);
    expect(listener).not.toHaveBeenCalled();
  });
});
