'use client';
import { type AvatarList, avatarKeys, type CharacterId, type Look } from '@avatar-picker/hooks';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { foldText } from '../primitives/fold-text';

/** The folded names of each character's cached looks: what lets a search find a look. */
export type LookNameIndex = ReadonlyMap<CharacterId, readonly string[]>;

/** The key segment of a looks list, read from the key factory rather than spelled again. */
const LOOKS = avatarKeys.looks(null)[1];

/** The loaded looks lists in the cache (`avatarKeys.looks(id)`), in cache order. */
function cachedLooksLists(queryClient: QueryClient): AvatarList[] {
  const lists: AvatarList[] = [];
  for (const [key, data] of queryClient.getQueriesData<AvatarList>({ queryKey: avatarKeys.all })) {
    if (key[1] === LOOKS && data?.items) lists.push(data);
  }
  return lists;
}

function indexLookNames(lists: AvatarList[], offersLook: ((look: Look) => boolean) | undefined) {
  const index = new Map<CharacterId, string[]>();
  for (const { items } of lists) {
    for (const look of items) {
      // A look the product hides must not bring its character into the results.
      if (look.kind !== 'look' || offersLook?.(look) === false) continue;
      const names = index.get(look.characterId);
      if (names === undefined) index.set(look.characterId, [foldText(look.name)]);
      else names.push(foldText(look.name));
    }
  }
  return index;
}

interface Built {
  lists: AvatarList[];
  offersLook: ((look: Look) => boolean) | undefined;
  index: LookNameIndex;
}

/**
 * The look names a search may match, built only while `enabled` (a search is typed) and only
 * from the looks lists already cached: a search never fetches looks. It is rebuilt when one of
 * those lists changes, not on every cache event.
 */
export function useLookNameIndex(
  enabled: boolean,
  offersLook?: (look: Look) => boolean,
): LookNameIndex | null {
  const queryClient = useQueryClient();
  const built = useRef<Built | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) =>
      enabled ? queryClient.getQueryCache().subscribe(onChange) : () => undefined,
    [queryClient, enabled],
  );
  const getSnapshot = () => {
    if (!enabled) {
      built.current = null;
      return null;
    }
    const lists = cachedLooksLists(queryClient);
    const last = built.current;
    if (
      last !== null &&
      last.offersLook === offersLook &&
      last.lists.length === lists.length &&
      last.lists.every((list, index) => list === lists[index])
    ) {
      return last.index;
    }
    const index = indexLookNames(lists, offersLook);
    built.current = { lists, offersLook, index };
    return index;
  };
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
