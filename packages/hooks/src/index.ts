export {
  AvatarApiError,
  type AvatarApiErrorInit,
  type AvatarApiErrorKind,
  type FromResponseOptions,
} from './avatar-api-error';
export {
  AvatarClientProvider,
  type AvatarClientProviderProps,
  useAvatarClient,
} from './avatar-client-provider';
export { avatarKeys } from './avatar-keys';
export type { AvatarQueryHookOptions } from './avatar-query-hook-options';
export {
  MAX_RETRIES,
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  retryDelay,
  shouldRetry,
} from './avatar-retry';
export {
  type CreateAvatarClientOptions,
  createAvatarClient,
  type FetchLike,
} from './create-avatar-client';
export { isAvatarApiError } from './is-avatar-api-error';
export { isAvatarId } from './is-avatar-id';
export { isHttpUrl } from './is-http-url';
export { type ParseAvatarResult, parseAvatar } from './parse-avatar';
export { prefetchLooks } from './prefetch-looks';
export {
  AVATAR_STALE_TIME_MS,
  allAvatarsQueryOptions,
  charactersQueryOptions,
  looksQueryOptions,
  publicAvatarsQueryOptions,
} from './query-options';
export { useRefreshLooks } from './refresh-looks';
export { setFavoriteInCache } from './set-favorite-in-cache';
export type {
  Avatar,
  AvatarClient,
  AvatarId,
  AvatarList,
  Brand,
  Character,
  CharacterId,
  Look,
  LookId,
  RequestOptions,
  SkippedRow,
} from './types';
export { useAllAvatars } from './use-all-avatars';
export { useCharacters } from './use-characters';
export { type UseFavoriteOptions, type UseFavoriteResult, useFavorite } from './use-favorite';
export { useLooks } from './use-looks';
export { usePrefetchLooks } from './use-prefetch-looks';
export { usePublicAvatars } from './use-public-avatars';
