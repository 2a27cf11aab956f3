'use client';
import {
  type AvatarApiError,
  avatarKeys,
  type Look,
  type LookId,
  useAvatarsById,
  useCharacters,
  usePublicAvatars,
} from '@avatar-picker/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { NO_RECENTS, type RecentsView } from '../grid/build-rows';
import { foldText } from '../primitives/fold-text';
import type { AvatarPickerFilter } from './filter-characters';
import { isOffered, type PickerCuration } from './picker-store';
import type { RecentsStore } from './recents-store';

const NO_IDS: readonly LookId[] = [];
const noIds = () => NO_IDS;
const subscribeToNothing = () => () => {};

export interface RecentLooks {
  /** The looks that can be picked now, most recent first. */
  looks: readonly Look[];
  /** Some ids are still being looked up. */
  pending: boolean;
  /** The first failed lookup, if any; `retry` runs the failed ones again. */
  error: AvatarApiError | null;
  retry: () => void;
  /** Their characters' names, as far as the cached character lists hold them. */
  characterNames: ReadonlyMap<string, string>;
}

/**
 * The looks a recents store remembers: from the cache when a list holds them, else looked up by
 * id. Gone ones are forgotten; inactive, hidden and locked ones are left out but kept, as they
 * may come back. Under `filterCharacters` a look waits for its character, found the same way: a
 * curated picker offers nothing it cannot check.
 */
export function useRecentLooks(
  recents: RecentsStore | null,
  curation: PickerCuration,
): RecentLooks {
  // The server and a hydrating client render no recents; storage is read once hydrated.
  const ids = useSyncExternalStore(
    recents?.subscribe ?? subscribeToNothing,
    recents?.get ?? noIds,
    noIds,
  );
  const { avatars, isPending, error } = useAvatarsById(ids);
  const characterIds = useMemo(
    () =>
      curation.filterCharacters
        ? [...avatars.values()].flatMap((avatar) =>
            avatar?.kind === 'look' ? avatar.characterId : [],
          )
        : NO_IDS,
    [avatars, curation.filterCharacters],
  );
  const characters = useAvatarsById(characterIds);
  const queryClient = useQueryClient();

  useEffect(() => {
    // Only what is known gone (or never was a look), not what is still resolving or failed.
    const gone = ids.filter((id) => {
      const avatar = avatars.get(id);
      return avatar === null || avatar?.kind === 'character';
    });
    if (gone.length > 0) recents?.remove(gone);
  }, [recents, ids, avatars]);

  const looks = useMemo(
    () =>
      ids.flatMap((id): Look[] => {
        const avatar = avatars.get(id);
        const offered =
          avatar?.kind === 'look' &&
          isOffered(curation, avatar, characters.avatars.get(avatar.characterId));
        return offered ? [avatar] : [];
      }),
    [ids, avatars, curation, characters.avatars],
  );
  const own = useCharacters().data;
  const shared = usePublicAvatars().data;
  const characterNames = useMemo(() => {
    const wanted = new Set<string>(looks.map((look) => look.characterId));
    const names = new Map<string, string>();
    for (const avatar of [...(own?.items ?? []), ...(shared?.items ?? [])]) {
      if (wanted.has(avatar.id)) names.set(avatar.id, avatar.name);
    }
    return names;
  }, [looks, own, shared]);
  const pending = isPending || characters.isPending;
  const failed = error ?? characters.error;
  return useMemo(
    () => ({
      looks,
      pending,
      characterNames,
      error: failed,
      // A lookup a cached list answers is disabled, so this reruns only the unanswered ones.
      retry: () => {
        for (const id of [...ids, ...characterIds])
          void queryClient.refetchQueries({ queryKey: avatarKeys.avatar(id) });
      },
    }),
    [looks, pending, characterNames, failed, queryClient, ids, characterIds],
  );
}

/**
 * What the grid shows of the recent looks: one row to start the All view, all of them (those
 * whose name or character's name holds the search) under the Recent filter, else none.
 */
export function selectRecents(
  filter: AvatarPickerFilter,
  query: string,
  { looks, characterNames }: RecentLooks,
): RecentsView {
  const needle = foldText(query.trim());
  if (filter === 'recent') {
    const matches = (look: Look) =>
      foldText(`${look.name}\n${characterNames.get(look.characterId) ?? ''}`).includes(needle);
    return {
      looks: needle === '' ? looks : looks.filter(matches),
      rows: Number.POSITIVE_INFINITY,
      characterNames,
    };
  }
  const shown = filter === 'all' && needle === '' && looks.length > 0;
  return shown ? { looks, rows: 1, characterNames } : NO_RECENTS;
}
