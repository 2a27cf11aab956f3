import type { AvatarPickerFilter } from '../store/filter-characters';

/** Every string the picker shows or announces. Templates are functions so word order can change. */
export interface AvatarPickerLabels {
  grid: string;
  search: string;
  searchPlaceholder: string;
  filters: string;
  filter: Record<AvatarPickerFilter, string>;
  loading: string;
  loadingLooks: string;
  looksError: string;
  noLooks: string;
  retry: string;
  clearSearch: string;
  emptyAccount: string;
  emptyFavorites: string;
  emptyPublic: string;
  noResults: (query: string) => string;
  resultCount: (count: number) => string;
  looksCount: (count: number) => string;
  unavailable: string;
  favorite: (name: string) => string;
  favoriteAdded: (name: string) => string;
  favoriteRemoved: (name: string) => string;
  favoriteFailed: (name: string) => string;
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
  /** How the trigger names a choice: its character and look, as several looks share a name. */
  choiceName: (lookName: string, characterName: string | null) => string;
  chosenAvatar: (name: string) => string;
  dialogTitle: string;
  dialogDescription: string;
  close: string;
}

export const defaultLabels: AvatarPickerLabels = {
  grid: 'Avatars',
  search: 'Search avatars',
  searchPlaceholder: 'Search avatars…',
  filters: 'Show',
  filter: { all: 'All', favorites: 'Favorites', mine: 'Mine', public: 'Public' },
  loading: 'Loading avatars',
  loadingLooks: 'Loading looks…',
  looksError: 'Could not load the looks of this avatar.',
  noLooks: 'This avatar has no looks yet.',
  retry: 'Retry',
  clearSearch: 'Clear search',
  emptyAccount: 'No avatars yet. Create a character in AgentHuman and it will appear here.',
  emptyFavorites: 'No favorites yet. Use the star on an avatar to add it here.',
  emptyPublic: 'There are no public avatars right now. Pick All or Mine to see your own.',
  noResults: (query) => `No avatars match “${query}”. Clear the search or pick another filter.`,
  resultCount: (count) => (count === 1 ? '1 avatar' : `${count} avatars`),
  looksCount: (count) => (count === 1 ? '1 look' : `${count} looks`),
  unavailable: 'Unavailable',
  favorite: (name) => `Favorite ${name}`,
  favoriteAdded: (name) => `Added ${name} to favorites`,
  favoriteRemoved: (name) => `Removed ${name} from favorites`,
  favoriteFailed: (name) => `Could not update favorite for ${name}`,
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
  choiceName: (lookName, characterName) =>
    characterName === null ? lookName : `${characterName} · ${lookName}`,
  chosenAvatar: (name) => `Avatar: ${name}`,
  dialogTitle: 'Choose an avatar',
  dialogDescription: 'Open an avatar to see its looks, then pick one.',
  close: 'Close',
};

export function mergeLabels(labels: Partial<AvatarPickerLabels> | undefined): AvatarPickerLabels {
  if (labels === undefined) return defaultLabels;
  return { ...defaultLabels, ...labels, filter: { ...defaultLabels.filter, ...labels.filter } };
}
