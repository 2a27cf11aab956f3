import type { Avatar, Character, CharacterId } from './types';

/** What a picker filter shows: every character, favorites, the caller's own, or public ones. */
export type AvatarFilter = 'all' | 'favorites' | 'mine' | 'public';

/** The loaded lists a filter chooses from; `undefined` while a list has not loaded. */
export interface CharacterSources {
  /** The caller's characters (`useCharacters`). */
  own: readonly Character[] | undefined;
  /** Public avatars (`usePublicAvatars`): its characters are shown, its looks are not. */
  public: readonly Avatar[] | undefined;
  /** The caller's characters and looks (`useAllAvatars`): read by `favorites` for its looks. */
  all?: readonly Avatar[] | undefined;
}

/** The characters of `lists` in order, each id once: the first list's copy wins. */
function uniqueCharacters(...lists: ReadonlyArray<readonly Avatar[]>): Character[] {
  const seen = new Set<CharacterId>();
  const characters: Character[] = [];
  for (const list of lists) {
    for (const avatar of list) {
      if (avatar.kind !== 'character' || seen.has(avatar.id)) continue;
      seen.add(avatar.id);
      characters.push(avatar);
    }
  }
  return characters;
}

function withFavoriteLook(...lists: ReadonlyArray<readonly Avatar[]>): Set<CharacterId> {
  const characterIds = new Set<CharacterId>();
  for (const list of lists) {
    for (const avatar of list) {
      if (avatar.kind === 'look' && avatar.isFavorite) characterIds.add(avatar.characterId);
    }
  }
  return characterIds;
}

/**
 * The characters a filter shows. `all` is the caller's own characters, then public ones they do
 * not own; `mine` and `public` are those two parts; `favorites` keeps from `all` the favorite
 * characters and those with at least one favorite look, so favoriting a look is enough to find
 * its character there. Lists not loaded count as empty. The picker and `useAvatars` both call
 * this, which is what keeps a custom picker and the built-in one showing the same characters.
 */
export function selectCharacters(sources: CharacterSources, filter: AvatarFilter): Character[] {
  const own = sources.own ?? [];
  const shared = sources.public ?? [];
  switch (filter) {
    case 'mine':
      return uniqueCharacters(own);
    case 'public':
      return uniqueCharacters(shared);
    case 'all':
      return uniqueCharacters(own, shared);
    case 'favorites': {
      const favoriteLookOf = withFavoriteLook(shared, sources.all ?? []);
      return uniqueCharacters(own, shared).filter(
        (character) => character.isFavorite || favoriteLookOf.has(character.id),
      );
    }
  }
}
