import type { AvatarFilter, Character } from '@avatar-picker/hooks';
import { foldText } from '../primitives/fold-text';
import type { LookNameIndex } from './use-look-name-index';

/**
 * The hooks' filters (`useAvatars`), so both show the same characters, and `recent`: the
 * recently used looks, which only the picker keeps.
 */
export type AvatarPickerFilter = AvatarFilter | 'recent';

export const AVATAR_PICKER_FILTERS: readonly AvatarPickerFilter[] = [
  'all',
  'recent',
  'favorites',
  'mine',
  'public',
];

/** A search query as names are matched against it: trimmed, case and accents folded. */
export const foldQuery = (query: string) => foldText(query.trim());

/** Whether a name holds a folded query; an empty query matches no name. */
export const nameMatches = (name: string, needle: string) =>
  needle !== '' && foldText(name).includes(needle);

/**
 * The characters a search leaves, in their order: those whose name holds the query, or the
 * name of one of their cached looks (`lookNames`, already folded), ignoring case and accents.
 */
export function searchCharacters(
  characters: Character[],
  query: string,
  lookNames?: LookNameIndex | null,
): Character[] {
  const needle = foldQuery(query);
  if (needle === '') return characters;
  return characters.filter(
    ({ id, name }) =>
      nameMatches(name, needle) || lookNames?.get(id)?.some((look) => look.includes(needle)),
  );
}
