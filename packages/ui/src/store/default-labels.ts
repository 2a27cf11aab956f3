import type { AvatarPickerFilter } from '../store/filter-characters';
import type { AvatarPickerSort } from './sort-characters';

/** Every string the picker shows or announces. Templates are functions so word order can change. */
export interface AvatarPickerLabels {
  grid: string;
  search: string;
  searchPlaceholder: string;
  filters: string;
  filter: Record<AvatarPickerFilter, string>;
  /** Names the sort menu. */
  sort: string;
  /** The menu's option for the API's order: your own characters, then public ones. */
  sortDefault: string;
  sortOrder: Record<AvatarPickerSort, string>;
  /** The language names are sorted in (a BCP 47 tag); the runtime's when absent. */
  locale?: string;
  loading: string;
  loadingLooks: string;
  looksError: string;
  noLooks: string;
  retry: string;
  clearSearch: string;
  emptyAccount: string;
  emptyFavorites: string;
  emptyPublic: string;
  /** Names the row of recently used looks that starts the All view. */
  recentlyUsed: string;
  emptyRecent: string;
  noResults: (query: string) => string;
  resultCount: (count: number) => string;
  looksCount: (count: number) => string;
  unavailable: string;
  /** Names a favorite toggle placed on its own, where nothing else says which avatar it is. */
  favorite: (name: string) => string;
  /** Names the favorite toggle inside a tile, which already says the avatar's name. */
  favoriteInTile: string;
  favoriteAdded: (name: string) => string;
  favoriteRemoved: (name: string) => string;
  favoriteFailed: (name: string) => string;
  /** Said when a favorite change waits for the network. */
  favoritePending: (name: string, isFavorite: boolean) => string;
  errorAuth: string;
  errorForbidden: string;
  errorNotFound: string;
  errorRateLimited: (seconds: number) => string;
  errorBadRequest: string;
  errorServer: string;
  errorNetwork: string;
  errorInvalidResponse: string;
  errorAborted: string;
  chooseAvatar: string;
  /** The trigger while a saved look id is held but not named yet: looked up, or the lookup failed. */
  savedAvatar: string;
  /** A saved value named a look that is gone, inactive or not offered: nothing is chosen now. */
  savedLookUnavailable: string;
  /** Shown and said when a `required` picker's form is submitted with no look chosen. */
  valueRequired: string;
  /** Describes the character that holds the chosen look. */
  holdsChoice: string;
  /** How the trigger names a choice: its character and look, as several looks share a name. */
  choiceName: (lookName: string, characterName: string | null) => string;
  chosenAvatar: (name: string) => string;
  dialogTitle: string;
  dialogDescription: string;
  close: string;
  /** The ActivePreview's sound toggle; pressed while the sound is on. */
  unmute: string;
}

export const defaultLabels: AvatarPickerLabels = {
  grid: 'Avatars',
  search: 'Search avatars',
  searchPlaceholder: 'Search avatars…',
  filters: 'Show',
  sort: 'Sort',
  sortDefault: 'Default',
  sortOrder: { newest: 'Newest', oldest: 'Oldest', name: 'Name', updated: 'Recently updated' },
  filter: {
    all: 'All',
    recent: 'Recent',
    favorites: 'Favorites',
    mine: 'Mine',
    public: 'Public',
  },
  loading: 'Loading avatars',
  loadingLooks: 'Loading looks…',
  looksError: 'Could not load the looks of this avatar.',
  noLooks: 'This avatar has no looks yet.',
  retry: 'Retry',
  clearSearch: 'Clear search',
  emptyAccount: 'No avatars yet. Create a character in AgentHuman and it will appear here.',
  emptyFavorites: 'No favorites yet. Use the star on an avatar to add it here.',
  emptyPublic: 'There are no public avatars right now. Pick All or Mine to see your own.',
  recentlyUsed: 'Recently used',
  emptyRecent: 'No recently used looks yet. The looks you pick will appear here.',
  noResults: (query) => `No avatars match “${query}”. Clear the search or pick another filter.`,
  resultCount: (count) => (count === 1 ? '1 avatar' : `${count} avatars`),
  looksCount: (count) => (count === 1 ? '1 look' : `${count} looks`),
  unavailable: 'Unavailable',
  favorite: (name) => `Favorite ${name}`,
  favoriteInTile: 'Favorite',
  favoriteAdded: (name) => `Added ${name} to favorites`,
  favoriteRemoved: (name) => `Removed ${name} from favorites`,
  favoriteFailed: (name) => `Could not update favorite for ${name}`,
  favoritePending: (name, isFavorite) =>
    `${name} will be ${isFavorite ? 'added to' : 'removed from'} favorites when the connection returns`,
  errorAuth: "The server's API key was refused. Ask the site owner to check its avatar API key.",
  errorForbidden: 'Access to these avatars was denied.',
  errorNotFound: 'The avatars could not be found.',
  errorRateLimited: (seconds) => `Too many requests — retrying in ${seconds} s`,
  errorBadRequest: 'The avatar service rejected the request.',
  errorServer: 'The avatar service had a problem. Try again in a moment.',
  errorNetwork: 'Could not reach the avatar service. Check your connection.',
  errorInvalidResponse: 'The avatar service sent a response that could not be read.',
  errorAborted: 'Loading was cancelled.',
  chooseAvatar: 'Choose an avatar',
  savedAvatar: 'Your saved avatar',
  savedLookUnavailable: 'Your saved avatar is no longer available. Choose another one.',
  valueRequired: 'Choose an avatar to continue.',
  holdsChoice: 'Holds your chosen look',
  choiceName: (lookName, characterName) =>
    characterName === null ? lookName : `${characterName} · ${lookName}`,
  chosenAvatar: (name) => `Avatar: ${name}`,
  dialogTitle: 'Choose an avatar',
  dialogDescription: 'Open an avatar to see its looks, then pick one.',
  close: 'Close',
  unmute: 'Unmute',
};

/**
 * What the `labels` prop takes: any of the labels, and any entries of the grouped ones, so a
 * host's object keeps compiling when a release adds a filter or a sort order.
 */
export type AvatarPickerLabelsProp = Partial<Omit<AvatarPickerLabels, 'filter' | 'sortOrder'>> & {
  filter?: Partial<AvatarPickerLabels['filter']>;
  sortOrder?: Partial<AvatarPickerLabels['sortOrder']>;
};

export function mergeLabels(labels: AvatarPickerLabelsProp | undefined): AvatarPickerLabels {
  if (labels === undefined) return defaultLabels;
  return {
    ...defaultLabels,
    ...labels,
    filter: { ...defaultLabels.filter, ...labels.filter },
    sortOrder: { ...defaultLabels.sortOrder, ...labels.sortOrder },
  };
}
