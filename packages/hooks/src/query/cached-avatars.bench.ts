// `pnpm exec vitest bench --project node packages/hooks/src/query/cached-avatars.bench.ts`: the
// first read of a cached avatar after a change, with 100,000 characters in two cached lists.
import { QueryClient } from '@tanstack/react-query';
import { bench, describe } from 'vitest';
import type { CharacterId, LookId } from '../core/types';
import { makeCharacter, makeLook } from '../testing/avatar-fixtures';
import { avatarKeys } from './avatar-keys';
import { cachedAvatars } from './cached-avatars';
import { setFavoriteInCache } from './cached-lists';

const CHARACTERS = 100_000;

function seeded() {
  const queryClient = new QueryClient();
  const items = Array.from({ length: CHARACTERS }, (_, index) =>
    makeCharacter(`avat_C${index}` as CharacterId),
  );
  queryClient.setQueryData(avatarKeys.characters(), { items, skipped: [] });
  queryClient.setQueryData(avatarKeys.public(), {
    items: items.map((character) => ({ ...character })),
    skipped: [],
  });
  const avatars = cachedAvatars(queryClient);
  avatars.get('avat_C0');
  return { queryClient, avatars };
}

describe(`cachedAvatars at ${CHARACTERS.toLocaleString('en')} characters`, () => {
  const looks = seeded();
  let opened = 0;
  bench('a read after a looks list arrives (a hover prefetch)', () => {
    const characterId = `avat_C${opened % CHARACTERS}` as CharacterId;
    looks.queryClient.setQueryData(avatarKeys.looks(characterId), {
      items: [makeLook(`avat_L${opened}` as LookId, characterId)],
      skipped: [],
    });
    opened += 1;
    looks.avatars.get('avat_C7');
  });

  const favorites = seeded();
  let toggled = 0;
  bench('a favorite write, then a read', () => {
    setFavoriteInCache(favorites.queryClient, 'avat_C3' as CharacterId, toggled % 2 === 0);
    toggled += 1;
    favorites.avatars.get('avat_C7');
  });
});
