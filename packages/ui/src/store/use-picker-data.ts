'use client';
import {
  type AvatarApiError,
  type Character,
  type CharacterId,
  type Look,
  type LookId,
  selectCharacters,
  useAllAvatars,
  useCharacters,
  useLooks,
  usePublicAvatars,
} from '@avatar-picker/hooks';
import { useMemo } from 'react';
import type { LooksState, RecentsView } from '../grid/build-rows';
import {
  type AvatarPickerFilter,
  foldQuery,
  nameMatches,
  searchCharacters,
} from './filter-characters';
import type { PickerCuration } from './picker-store';
import type { RecentsStore } from './recents-store';
import { type AvatarPickerSort, sortCharacters } from './sort-characters';
import { useLookNameIndex } from './use-look-name-index';
import { selectRecents, useRecentLooks } from './use-recent-looks';

/** Why nothing is shown: each reason gets its own message. */
export type EmptyReason = 'search' | 'account' | 'favorites' | 'public' | 'recent';

export type PickerDataStatus =
  /** `waiting`: a rate-limited attempt the hooks will retry after its Retry-After. */
  | { status: 'loading'; waiting?: AvatarApiError | null }
  | { status: 'error'; error: AvatarApiError; retry: () => void }
  | { status: 'empty'; reason: EmptyReason }
  | { status: 'ready' };

export type PickerData = PickerDataStatus & {
  characters: Character[];
  looks: LooksState;
  /** The first open look whose name the search matched: it takes the grid's tab stop. */
  searchMatch: LookId | null;
  /** The recently used looks the grid starts with (all of them under the Recent filter). */
  recents: RecentsView;
  retryLooks: () => void;
};

/** Favorites first, keeping each group's order (Array#sort is stable). */
const favoritesFirst = (looks: readonly Look[]) =>
  [...looks].sort((a, b) => Number(b.isFavorite) - Number(a.isFavorite));

function emptyReason(filter: AvatarPickerFilter, query: string): EmptyReason {
  if (query.trim() !== '') return 'search';
  if (filter === 'favorites') return 'favorites';
  if (filter === 'public') return 'public';
  if (filter === 'recent') return 'recent';
  return 'account';
}

/** Reads the cached lists a filter needs and derives what the picker shows from them. */
export function usePickerData(
  filter: AvatarPickerFilter,
  query: string,
  expandedId: CharacterId | null,
  curation: PickerCuration = {},
  sort: AvatarPickerSort | null = null,
  locale?: string,
  recentsStore: RecentsStore | null = null,
): PickerData {
  const { filterCharacters: offersCharacter, filterLooks: offersLook } = curation;
  const own = useCharacters();
  const shared = usePublicAvatars();
  // Only Favorites needs every look's star, to list the characters of starred looks.
  const favorites = filter === 'favorites';
  const all = useAllAvatars({ enabled: favorites });
  const looksQuery = useLooks(expandedId);

  // Sorted before the search, so typing filters an ordered list instead of sorting again.
  const sorted = useMemo(() => {
    // The Recent filter shows looks only: the recents rows.
    const shown =
      filter === 'recent'
        ? []
        : selectCharacters(
            { own: own.data?.items, public: shared.data?.items, all: all.data?.items },
            filter,
          );
    const offered = offersCharacter === undefined ? shown : shown.filter(offersCharacter);
    return sortCharacters(offered, sort, locale);
  }, [own.data, shared.data, all.data, filter, offersCharacter, sort, locale]);
  const needle = foldQuery(query);
  const lookNames = useLookNameIndex(needle !== '', offersLook);
  const characters = useMemo(
    () => searchCharacters(sorted, query, lookNames),
    [sorted, query, lookNames],
  );

  const looks: LooksState = useMemo(() => {
    const loaded = looksQuery.data?.items;
    const items =
      loaded === undefined || offersLook === undefined ? loaded : loaded.filter(offersLook);
    // Under Favorites, a character is there for its starred looks: they come first.
    if (items !== undefined)
      return { status: 'ready', looks: favorites ? favoritesFirst(items) : items };
    if (looksQuery.error !== null) return { status: 'error', error: looksQuery.error };
    return { status: 'loading' };
  }, [looksQuery.data, looksQuery.error, favorites, offersLook]);

  const { refetch: refetchLooks } = looksQuery;
  const retryLooks = () => void refetchLooks();
  const searchMatch =
    looks.status === 'ready'
      ? (looks.looks.find((look) => nameMatches(look.name, needle))?.id ?? null)
      : null;
  const recentLooks = useRecentLooks(recentsStore, curation);
  const recents = useMemo(
    () => selectRecents(filter, query, recentLooks),
    [filter, query, recentLooks],
  );
  const base = { characters, looks, searchMatch, recents, retryLooks };
  if (filter === 'recent') {
    if (recents.looks.length > 0) return { ...base, status: 'ready' };
    if (recentLooks.pending) return { ...base, status: 'loading' };
    // A failed lookup is no proof there are none: say it failed, as the other filters do.
    const { error, retry } = recentLooks;
    if (error) return { ...base, status: 'error', error, retry };
    return { ...base, status: 'empty', reason: emptyReason(filter, query) };
  }

  const needed =
    filter === 'mine'
      ? [own]
      : filter === 'public'
        ? [shared]
        : favorites
          ? [own, shared, all]
          : [own, shared];
  const failed = needed.find((query) => query.data === undefined && query.error !== null);
  if (failed?.error) {
    const retry = () => {
      for (const query of needed) if (query.error !== null) void query.refetch();
    };
    return { ...base, status: 'error', error: failed.error, retry };
  }
  if (needed.some((query) => query.data === undefined)) {
    const waiting = needed.find((query) => query.failureReason?.kind === 'rate-limited');
    return { ...base, status: 'loading', waiting: waiting?.failureReason };
  }
  if (characters.length === 0)
    return { ...base, status: 'empty', reason: emptyReason(filter, query) };
  return { ...base, status: 'ready' };
}
