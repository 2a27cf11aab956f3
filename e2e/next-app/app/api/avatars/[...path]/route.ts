import { type AvatarProxyHandler, createAvatarProxy } from '@avatar-picker/hooks/server';
import { avatarEnv } from '../../../avatar-env';

let proxy: AvatarProxyHandler | undefined;

// Built on the first request rather than at import, since `next build` loads this module to
// collect route data without the server's key.
function handle(request: Request): Promise<Response> {
  proxy ??= createAvatarProxy({ ...avatarEnv(), basePath: '/api/avatars' });
  return proxy(request);
}

export { handle as GET, handle as PUT };
