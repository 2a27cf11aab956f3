// Server entry: never imports React, so route handlers and server components can load it.
export { AvatarApiError, type AvatarApiErrorKind } from './core/avatar-api-error';
export {
  type CreateAvatarClientOptions,
  createAvatarClient,
  type FetchLike,
} from './core/create-avatar-client';
export {
  type AvatarProxyHandler,
  type CreateAvatarProxyOptions,
  createAvatarProxy,
} from './server/create-avatar-proxy';
export {
  type MountedWebHandler,
  type NodeHandler,
  type NodeNext,
  type NodeRequest,
  toNodeHandler,
  type WebHandler,
} from './server/to-node-handler';
export {
  type VerifyLookIdOptions,
  type VerifyLookIdReason,
  type VerifyLookIdResult,
  verifyLookId,
} from './server/verify-look-id';
