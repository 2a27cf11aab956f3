import type { Character } from '@avatar-picker/hooks';
import { foldText } from '../primitives/fold-text';

export type AvatarPickerFilter = 'all' | 'favorites' | 'mine' | 'public';

export const AVATAR_PICKER_FILTERS: readonly AvatarPickerFilter[] = [
  'all',
  'favorites',
  'mine',
  'public',
];

/** The cached lists a filter chooses from; `undefined` while a list has not loaded. */
export interface CharacterLists {
  own: readonly Character[] | undefined;
  public: readonly Character[] | undefined;
}

function mergeUnique(own: readonly Character[], shared: readonly Character[]): Character[] {
  const seen = new Set(own.map((character) => character.id));
  const merged = [...own];
  for (const character of shared) {
    if (seen.has(character.id)) continue;
    seen.add(character.id);
    merged.push(character);
  }
  return merged;
}

function charactersForFilter(lists: CharacterLists, filter: AvatarPickerFilter): Character[] {
  const own = lists.own ?? [];
  const shared = lists.public ?? [];
  switch (filter) {
    case 'mine':
      return [...own];
    case 'public':
      return mergeUnique([], shared);
    case 'favorites':
      return mergeUnique(own, shared).filter((character) => character.isFavorite);
    case 'all':
      return mergeUnique(own, shared);
  }
}

/**
 * The characters shown for a filter and a search query. "All" is the caller's own characters
 * followed by public ones they do not own; the query matches names ignoring case and accents.
 */
export function filterCharacters(
  lists: CharacterLists,
  filter: AvatarPickerFilter,
  query: string,
): Character[] {
  const characters = charactersForFilter(lists, filter);
  const needle = foldText(query.trim());
  if (needle === '') return characters;
  return characters.filter((character) => foldText(character.name).includes(needle));
}
