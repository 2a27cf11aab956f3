import type { Character } from '@avatar-picker/hooks';
import { type AvatarFilter, type CharacterSources, selectCharacters } from '@avatar-picker/hooks';
import { foldText } from '../primitives/fold-text';

/** The picker's filters are the hooks' (`useAvatars`), so both show the same characters. */
export type AvatarPickerFilter = AvatarFilter;

export const AVATAR_PICKER_FILTERS: readonly AvatarPickerFilter[] = [
  'all',
  'favorites',
  'mine',
  'public',
];

/**
 * The characters shown for a filter and a search query: `selectCharacters` of the hooks, then
 * the query matched against names ignoring case and accents.
 */
export function filterCharacters(
  lists: CharacterSources,
  filter: AvatarPickerFilter,
  query: string,
): Character[] {
  const characters = selectCharacters(lists, filter);
  const needle = foldText(query.trim());
  if (needle === '') return characters;
  return characters.filter((character) => foldText(character.name).includes(needle));
}
