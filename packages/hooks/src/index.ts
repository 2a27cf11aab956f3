export {
  AvatarApiError,
  type AvatarApiErrorInit,
  type AvatarApiErrorKind,
  type FromResponseOptions,
} from './core/avatar-api-error';
export {
  type CreateAvatarClientOptions,
  createAvatarClient,
  type FetchLike,
} from './core/create-avatar-client';
export { isHttpUrl, isLookId, toLookId } from './core/guards';
export {
  type AvatarFilter,
  type CharacterSources,
  selectCharacters,
} from './core/select-characters';
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
export * from './query';
export {
  AvatarClientProvider,
  type AvatarClientProviderProps,
} from './react/avatar-client-provider';
export { type UseAvatarByIdOptions, useAvatarById } from './react/use-avatar-by-id';
export {
  type AvatarQueryHookOptions,
  useAllAvatars,
  useCharacters,
  useLooks,
  usePublicAvatars,
} from './react/use-avatar-lists';
export { type UseAvatarsOptions, type UseAvatarsResult, useAvatars } from './react/use-avatars';
export { type UseAvatarsByIdResult, useAvatarsById } from './react/use-avatars-by-id';
export { type UseFavoriteOptions, type UseFavoriteResult, useFavorite } from './react/use-favorite';
export { usePrefetchLooks } from './react/use-prefetch-looks';
export { useRefreshLooks } from './react/use-refresh-looks';
