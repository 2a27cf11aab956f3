// Server entry: never imports React, so route handlers and server components can load it.
export { AvatarApiError, type AvatarApiErrorKind } from './avatar-api-error';
export {
  type CreateAvatarClientOptions,
  createAvatarClient,
  type FetchLike,
} from './create-avatar-client';
export {
  type AvatarProxyHandler,
  type CreateAvatarProxyOptions,
  createAvatarProxy,
} from './create-avatar-proxy';
export { isAvatarApiError } from './is-avatar-api-error';
export { type NodeHandler, type NodeNext, toNodeHandler, type WebHandler } from './to-node-handler';
