import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { AvatarList, Character, CharacterId } from '../core/types';
import { makeCharacter } from '../testing/avatar-fixtures';
import { avatarKeys } from './avatar-keys';
import { favoriteChains } from './favorite-chains';

const C1 = 'avat_C1' as CharacterId;
const list = (isFavorite: boolean, name = 'C1'): AvatarList<Character> => ({
  items: [makeCharacter(C1, { isFavorite, name })],
  skipped: [],
});

function seeded(isFavorite: boolean) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(avatarKeys.characters(), list(isFavorite));
  return queryClient;
}

const cached = (queryClient: QueryClient) =>
  queryClient.getQueryData<AvatarList<Character>>(avatarKeys.characters())?.items[0];

describe('favoriteChains', () => {
  it('takes the cached value as confirmed on the first click and keeps it for later clicks', () => {
    const queryClient = seeded(true);
    favoriteChains.push(queryClient, C1, false);
    queryClient.setQueryData(avatarKeys.characters(), list(false));
    favoriteChains.push(queryClient, C1, true);
    expect(favoriteChains.confirmed(queryClient, C1)).toBe(true);
  });

  it('moves to server-confirmed values and forgets the chain when it ends', () => {
    const queryClient = seeded(false);
    favoriteChains.push(queryClient, C1, true);
    favoriteChains.confirm(queryClient, C1, true);
    expect(favoriteChains.confirmed(queryClient, C1)).toBe(true);
    favoriteChains.end(queryClient, C1);
    expect(favoriteChains.confirmed(queryClient, C1)).toBeUndefined();
    favoriteChains.push(queryClient, C1, true);
    expect(favoriteChains.confirmed(queryClient, C1)).toBe(false);
  });

  it('keeps the chains of different query clients apart', () => {
    const a = seeded(true);
    const b = seeded(false);
    favoriteChains.push(a, C1, false);
    favoriteChains.push(b, C1, true);
    expect([favoriteChains.confirmed(a, C1), favoriteChains.confirmed(b, C1)]).toEqual([
      true,
      false,
    ]);
  });

  it('knows no confirmed value for an avatar that was not cached', () => {
    const queryClient = new QueryClient();
    favoriteChains.push(queryClient, C1, true);
    expect(favoriteChains.confirmed(queryClient, C1)).toBeUndefined();
  });

  it('writes the newest click over a list fetched while the chain runs, keeping other fields', async () => {
    const queryClient = seeded(false);
    favoriteChains.push(queryClient, C1, true);
    await queryClient.fetchQuery({
      queryKey: avatarKeys.characters(),
      queryFn: () => list(false, 'Renamed'),
    });
    expect(cached(queryClient)).toMatchObject({ isFavorite: true, name: 'Renamed' });
  });

  it('stops rewriting fetched lists once the chain ends', async () => {
    const queryClient = seeded(false);
    favoriteChains.push(queryClient, C1, true);
    favoriteChains.end(queryClient, C1);
    await queryClient.fetchQuery({ queryKey: avatarKeys.characters(), queryFn: () => list(false) });
    expect(cached(queryClient)?.isFavorite).toBe(false);
  });
});
