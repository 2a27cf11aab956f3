import type { Avatar, Character, CharacterId, Look } from '@avatar-picker/hooks';

/** The peers' item list: characters, with the open character's looks right after it. */
export function withLooks(
  characters: readonly Character[],
  expandedId: CharacterId | null,
  looks: readonly Look[] | undefined,
): Avatar[] {
  if (expandedId === null || looks === undefined) return [...characters];
  const index = characters.findIndex((character) => character.id === expandedId);
  if (index === -1) return [...characters];
  return [...characters.slice(0, index + 1), ...looks, ...characters.slice(index + 1)];
}
