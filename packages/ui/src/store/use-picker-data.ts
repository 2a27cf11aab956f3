'use client';
import {
  type AvatarApiError,
  type Character,
  type CharacterId,
  type Look,
  useAllAvatars,
  useCharacters,
  useLooks,
  usePublicAvatars,
} from '@avatar-picker/hooks';
import { useMemo } from 'react';
import type { LooksState } from '../grid/build-rows';
import { type AvatarPickerFilter, filterCharacters } from './filter-characters';
import type { PickerCuration } from './picker-store';

/** Why nothing is shown: each reason gets its own message. */
export type EmptyReason = 'search' | 'account' | 'favorites' | 'public';

export type PickerDataStatus =
  /** `waiting`: a rate-limited attempt the hooks will retry after its Retry-After. */
  | { status: 'loading'; waiting?: AvatarApiError | null }
  | { status: 'error'; error: AvatarApiError; retry: () => void }
  | { status: 'empty'; reason: EmptyReason }
  | { status: 'ready' };

export type PickerData = PickerDataStatus & {
  characters: Character[];
  looks: LooksState;
  retryLooks: () => void;
};

/** Favorites first, keeping each group's order (Array#sort is stable). */
const favoritesFirst = (looks: readonly Look[]) =>
  [...looks].sort((a, b) => Number(b.isFavorite) - Number(a.isFavorite));

function emptyReason(filter: AvatarPickerFilter, query: string): EmptyReason {
  if (query.trim() !== '') return 'search';
  if (filter === 'favorites') return 'favorites';
  if (filter === 'public') return 'public';
  return 'account';
}

/** Reads the cached lists a filter needs and derives what the picker shows from them. */
export function usePickerData(
  filter: AvatarPickerFilter,
  query: string,
  expandedId: CharacterId | null,
  { filterCharacters: offersCharacter, filterLooks: offersLook }: PickerCuration = {},
): PickerData {
  const own = useCharacters();
  const shared = usePublicAvatars();
  // Only Favorites needs every look's star, to list the characters of starred looks.
  const favorites = filter === 'favorites';
  const all = useAllAvatars({ enabled: favorites });
  const looksQuery = useLooks(expandedId);

  const characters = useMemo(() => {
    const shown = filterCharacters(
      { own: own.data?.items, public: shared.data?.items, all: all.data?.items },
      filter,
      query,
    );
    return offersCharacter === undefined ? shown : shown.filter(offersCharacter);
  }, [own.data, shared.data, all.data, filter, query, offersCharacter]);

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
  const base = { characters, looks, retryLooks };

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
