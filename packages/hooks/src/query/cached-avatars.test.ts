import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { AvatarList, CharacterId, LookId } from '../core/types';
import { makeCharacter, makeLook } from '../testing/avatar-fixtures';
import { avatarKeys } from './avatar-keys';
import { cachedAvatars } from './cached-avatars';
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

describe('cachedAvatars', () => {
  it('reads the avatar from whichever cached list holds it', () => {
    const queryClient = seed();
    const avatars = cachedAvatars(queryClient);
    expect(avatars.get(C1)).toBe(
      queryClient.getQueryData<AvatarList>(avatarKeys.characters())?.items[0],
    );
    expect(avatars.get(L1)?.kind).toBe('look');
    expect(avatars.get('avat_nowhere')).toBeUndefined();
  });

  it('is one store per QueryClient', () => {
    const queryClient = seed();
    expect(cachedAvatars(queryClient)).toBe(cachedAvatars(queryClient));
    expect(cachedAvatars(queryClient)).not.toBe(cachedAvatars(seed()));
  });

  it('follows writes, new lists and removed lists, and tells its listeners', () => {
    const queryClient = seed();
    const avatars = cachedAvatars(queryClient);
    const listener = vi.fn();
    avatars.subscribe(listener);

    setFavoriteInCache(queryClient, L1, true);
    expect(avatars.get(L1)?.isFavorite).toBe(true);
    expect(listener).toHaveBeenCalled();

    const L9 = 'avat_L9' as LookId;
    queryClient.setQueryData(avatarKeys.everything(), {
      items: [makeLook(L9, C1, { isFavorite: true })],
      skipped: [],
    });
    expect(avatars.get(L9)?.isFavorite).toBe(true);

    queryClient.removeQueries({ queryKey: avatarKeys.looks(C1) });
    expect(avatars.get(L1)).toBeUndefined();
  });

  it('stays quiet for cache events that leave the data as it was', async () => {
    const queryClient = seed();
    const avatars = cachedAvatars(queryClient);
    const listener = vi.fn();
    avatars.subscribe(listener);
    await queryClient.invalidateQueries({ queryKey: avatarKeys.characters() });
    queryClient.setQueryData(['another-library'], { items: [] });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling a listener once it unsubscribed', () => {
    const queryClient = seed();
    const listener = vi.fn();
    const unsubscribe = cachedAvatars(queryClient).subscribe(listener);
    unsubscribe();
    setFavoriteInCache(queryClient, C1, false);
    expect(listener).not.toHaveBeenCalled();
  });
});
