import {
  type Avatar,
  type Character,
  type CharacterId,
  type Look,
  useCharacters,
  useLooks,
} from '@avatar-picker/hooks';
import { useMemo, useState } from 'react';

/** Characters, with the open character's looks right after it. */
function withLooks(
  characters: readonly Character[],
  expandedId: CharacterId | null,
  looks: readonly Look[] | undefined,
): Avatar[] {
  if (expandedId === null || looks === undefined) return [...characters];
  const index = characters.findIndex((character) => character.id === expandedId);
  if (index === -1) return [...characters];
  return [...characters.slice(0, index + 1), ...looks, ...characters.slice(index + 1)];
}

/**
 * What both peers show: `useCharacters()` (the query the picker reads too), with the looks of the
 * one open character after it. `items` is undefined until the list has loaded.
 */
export function usePeerItems(): {
  items: Avatar[] | undefined;
  toggle: (id: CharacterId) => void;
} {
  const characters = useCharacters().data?.items;
  const [expandedId, setExpandedId] = useState<CharacterId | null>(null);
  const looks = useLooks(expandedId).data?.items;
  const items = useMemo(
    () => (characters === undefined ? undefined : withLooks(characters, expandedId, looks)),
    [characters, expandedId, looks],
  );
  const toggle = (id: CharacterId) => setExpandedId((current) => (current === id ? null : id));
  return { items, toggle };
}
