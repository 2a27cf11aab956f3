import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { avatarKeys } from './avatar-keys';
import { setFavoriteInCache } from './set-favorite-in-cache';
import { makeCharacter, makeLook } from './testing/avatar-fixtures';
import type { Avatar, AvatarList, CharacterId, LookId } from './types';

const C1 = 'avat_C1' as CharacterId;
const L1 = 'avat_L1' as LookId;

function seed() {
  const queryClient = new QueryClient();
  const c1 = makeCharacter(C1, { isPublic: true });
  const c2 = makeCharacter('avat_C2');
  const l1 = makeLook(L1, C1);
  const l2 = makeLook('avat_L2', C1);
  queryClient.setQueryData(avatarKeys.characters(), { items: [c1, c2], skipped: [] });
  queryClient.setQueryData(avatarKeys.looks(C1), { items: [l1, l2], skipped: [] });
  queryClient.setQueryData(avatarKeys.public(), { items: [c1], skipped: [] });
  queryClient.setQueryData(avatarKeys.everything(), { items: [c1, c2, l1, l2], skipped: [] });
  return queryClient;
}

const favoriteOf = (queryClient: QueryClient, key: readonly unknown[], id: string) =>
  queryClient.getQueryData<AvatarList<Avatar>>(key)?.items.find((avatar) => avatar.id === id)
    ?.isFavorite;

describe('setFavoriteInCache', () => {
  it('updates a look in its looks list and in the everything list', () => {
    const queryClient = seed();
    setFavoriteInCache(queryClient, L1, true);
    expect(favoriteOf(queryClient, avatarKeys.looks(C1), L1)).toBe(true);
    expect(favoriteOf(queryClient, avatarKeys.everything(), L1)).toBe(true);
    expect(favoriteOf(queryClient, avatarKeys.looks(C1), 'avat_L2')).toBe(false);
  });

  it('updates a character in characters, public and everything', () => {
    const queryClient = seed();
    setFavoriteInCache(queryClient, C1, true);
    for (const key of [avatarKeys.characters(), avatarKeys.public(), avatarKeys.everything()]) {
      expect(favoriteOf(queryClient, key, C1)).toBe(true);
    }
    setFavoriteInCache(queryClient, C1, false);
    expect(favoriteOf(queryClient, avatarKeys.public(), C1)).toBe(false);
  });

  it('changes only isFavorite and leaves lists without the avatar untouched', () => {
    const queryClient = seed();
    const before = queryClient.getQueryData<AvatarList<Avatar>>(avatarKeys.looks(C1));
    const characters = queryClient.getQueryData(avatarKeys.characters());
    setFavoriteInCache(queryClient, C1, true);
    expect(queryClient.getQueryData(avatarKeys.looks(C1))).toBe(before);
    const after = queryClient.getQueryData<AvatarList<Avatar>>(avatarKeys.characters());
    expect(after).not.toBe(characters);
    expect(after?.items[0]).toEqual({ ...makeCharacter(C1, { isPublic: true }), isFavorite: true });
    expect(after?.items[1]).toBe((characters as AvatarList<Avatar>).items[1]);
  });

  it('does nothing for an avatar no list holds', () => {
    const queryClient = seed();
    const snapshot = queryClient.getQueriesData({ queryKey: avatarKeys.all });
    setFavoriteInCache(queryClient, 'avat_UNKNOWN' as LookId, true);
    expect(queryClient.getQueriesData({ queryKey: avatarKeys.all })).toEqual(snapshot);
  });
});
