// Query entry: TanStack Query options and keys, without React hooks or "use client", so a server
// component can prefetch with exactly the keys and retry policy the hooks read on the client.
export { avatarKeys } from './query/avatar-keys';
export {
  allAvatarsQueryOptions,
  charactersQueryOptions,
  looksQueryOptions,
  publicAvatarsQueryOptions,
} from './query/query-options';
