import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { AvatarList, Character, CharacterId, LookId } from '../core/types';
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

  it('indexes only the list that changed: a looks list arriving leaves the characters unread', () => {
    const queryClient = new QueryClient();
    const characters = Array.from({ length: 1_000 }, (_, index) =>
      makeCharacter(`avat_C${index}` as CharacterId),
    );
    let reads = 0;
    const counted = new Proxy(characters, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads += 1;
        return Reflect.get(target, property, receiver);
      },
    });
    queryClient.setQueryData(avatarKeys.characters(), { items: counted, skipped: [] });
    const avatars = cachedAvatars(queryClient);
    expect(avatars.get('avat_C999')?.id).toBe('avat_C999');
    const afterFirstRead = reads;

    queryClient.setQueryData(avatarKeys.looks(C1), { items: [makeLook(L1, C1)], skipped: [] });
    expect(avatars.get(L1)?.kind).toBe('look');
    expect(avatars.get('avat_C5')?.id).toBe('avat_C5');
    expect(reads).toBe(afterFirstRead);
  });

  it('follows rows replaced in place, reordered or swapped for another avatar', () => {
    const queryClient = new QueryClient();
    const [a, b, c] = (['avat_A', 'avat_B', 'avat_C'] as CharacterId[]).map((id) =>
      makeCharacter(id),
    ) as [Character, Character, Character];
    const key = avatarKeys.characters();
    queryClient.setQueryData(key, { items: [a, b, c], skipped: [] });
    const avatars = cachedAvatars(queryClient);
    expect(avatars.get('avat_B')).toBe(b);

    setFavoriteInCache(queryClient, b.id, true);
    expect(avatars.get('avat_B')?.isFavorite).toBe(true);
    expect(avatars.get('avat_A')).toBe(a);
    setFavoriteInCache(queryClient, b.id, false);
    expect(avatars.get('avat_B')?.isFavorite).toBe(false);

    const d = makeCharacter('avat_D' as CharacterId);
    queryClient.setQueryData(key, { items: [a, b, d], skipped: [] });
    expect(avatars.get('avat_C')).toBeUndefined();
    expect(avatars.get('avat_D')?.id).toBe('avat_D');

    queryClient.setQueryData(key, { items: [c, d, a], skipped: [] });
    const [first, second] = queryClient.getQueryData<AvatarList>(key)?.items ?? [];
    expect(avatars.get('avat_B')).toBeUndefined();
    expect(avatars.get('avat_D')).toBe(second);
    expect(avatars.get('avat_C')).toBe(first);
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
