export {
  AvatarApiError,
  type AvatarApiErrorInit,
  type AvatarApiErrorKind,
  type FromResponseOptions,
  isAvatarApiError,
} from './core/avatar-api-error';
export {
  type CreateAvatarClientOptions,
  createAvatarClient,
  type FetchLike,
} from './core/create-avatar-client';
export { isAvatarId, isHttpUrl } from './core/guards';
export { type ParseAvatarResult, parseAvatar } from './core/parse-avatar';
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
} from './core/types';
export { avatarKeys } from './query/avatar-keys';
export {
  MAX_RETRIES,
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  retryDelay,
  shouldRetry,
} from './query/avatar-retry';
export { setFavoriteInCache } from './query/cached-lists';
export {
  AVATAR_STALE_TIME_MS,
  allAvatarsQueryOptions,
  charactersQueryOptions,
  looksQueryOptions,
  prefetchLooks,
  publicAvatarsQueryOptions,
} from './query/query-options';
export {
  AvatarClientProvider,
  type AvatarClientProviderProps,
  useAvatarClient,
} from './react/avatar-client-provider';
export type { AvatarQueryHookOptions } from './react/use-avatar-lists';
export { useAllAvatars, useCharacters, useLooks, usePublicAvatars } from './react/use-avatar-lists';
export { type UseFavoriteOptions, type UseFavoriteResult, useFavorite } from './react/use-favorite';
export { usePrefetchLooks } from './react/use-prefetch-looks';
export { useRefreshLooks } from './react/use-refresh-looks';
