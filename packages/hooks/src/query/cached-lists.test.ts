import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Avatar, AvatarList, CharacterId, LookId } from '../core/types';
import { makeCharacter, makeLook } from '../testing/avatar-fixtures';
import { avatarKeys } from './avatar-keys';
import {
  findListsHolding,
  findQueriesHolding,
  isCachedAvatarList,
  setFavoriteInCache,
} from './cached-lists';

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

  it('updates the lookup of an avatar no list holds, and leaves a lookup that found none', () => {
    const queryClient = seed();
    const L9 = 'avat_L9' as LookId;
    queryClient.setQueryData(avatarKeys.avatar(L9), makeLook(L9, 'avat_C9'));
    queryClient.setQueryData(avatarKeys.avatar('avat_L0' as LookId), null);
    setFavoriteInCache(queryClient, L9, true);
    setFavoriteInCache(queryClient, 'avat_L0' as LookId, true);
    expect(queryClient.getQueryData(avatarKeys.avatar(L9))).toEqual(
      makeLook(L9, 'avat_C9', { isFavorite: true }),
    );
    expect(queryClient.getQueryData(avatarKeys.avatar('avat_L0' as LookId))).toBeNull();
  });

  it('does nothing for an avatar no list holds', () => {
    const queryClient = seed();
    const snapshot = queryClient.getQueriesData({ queryKey: avatarKeys.all });
    setFavoriteInCache(queryClient, 'avat_UNKNOWN' as LookId, true);
    expect(queryClient.getQueriesData({ queryKey: avatarKeys.all })).toEqual(snapshot);
  });
});

const list = <T>(items: T[]) => ({ items, skipped: [] });

describe('findListsHolding', () => {
  it('finds every cached avatar list holding the id, and only those', () => {
    const queryClient = new QueryClient();
    const c1 = makeCharacter('avat_C1');
    const l1 = makeLook('avat_L1', 'avat_C1');
    queryClient.setQueryData(avatarKeys.characters(), list([c1]));
    queryClient.setQueryData(avatarKeys.looks('avat_C1' as CharacterId), list([l1]));
    queryClient.setQueryData(avatarKeys.looks('avat_C2' as CharacterId), list([]));
    queryClient.setQueryData(avatarKeys.everything(), list([c1, l1]));
    queryClient.setQueryData(['someone-else', 'avatars'], list([l1]));

    const keys = findListsHolding(queryClient, 'avat_L1' as LookId).map(({ queryKey }) => queryKey);
    expect(keys).toHaveLength(2);
    expect(keys).toEqual(
      expect.arrayContaining([avatarKeys.looks('avat_C1' as CharacterId), avatarKeys.everything()]),
    );
    const [first] = findListsHolding(queryClient, 'avat_C1' as CharacterId);
    expect(first?.list.items).toContainEqual(c1);
  });

  it('skips queries that have no data yet', () => {
    const queryClient = new QueryClient();
    queryClient.getQueryCache().build(queryClient, { queryKey: avatarKeys.public() });
    expect(findListsHolding(queryClient, 'avat_C1' as CharacterId)).toEqual([]);
  });
});

describe('findQueriesHolding', () => {
  it('adds the lookup to the lists when it found the avatar', () => {
    const queryClient = seed();
    queryClient.setQueryData(avatarKeys.avatar(L1), makeLook(L1, C1));
    queryClient.setQueryData(avatarKeys.avatar(C1), null);
    expect(findQueriesHolding(queryClient, L1)).toEqual(
      expect.arrayContaining([
        avatarKeys.looks(C1),
        avatarKeys.everything(),
        avatarKeys.avatar(L1),
      ]),
    );
    expect(findQueriesHolding(queryClient, L1)).toHaveLength(3);
    expect(findQueriesHolding(queryClient, C1)).not.toContainEqual(avatarKeys.avatar(C1));
  });
});

describe('isCachedAvatarList', () => {
  it('accepts a loaded list under our keys only', () => {
    const loaded = list([makeCharacter('avat_C1')]);
    expect(isCachedAvatarList(avatarKeys.characters(), loaded)).toBe(true);
    expect(isCachedAvatarList(['someone-else', 'avatars'], loaded)).toBe(false);
    for (const data of [undefined, null, [], { items: 'none' }]) {
      expect(isCachedAvatarList(avatarKeys.public(), data)).toBe(false);
    }
  });
});
