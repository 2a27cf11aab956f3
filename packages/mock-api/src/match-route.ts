import type { FaultRoute } from './types';

export type Route =
  | { kind: 'list' }
  | { kind: 'public' }
  | { kind: 'avatar'; id: string }
  | { kind: 'image'; id: string }
  | { kind: 'video'; id: string }
  | { kind: 'not-found' };

export const ALLOWED_METHODS: Record<Exclude<Route['kind'], 'not-found'>, readonly string[]> = {
  list: ['GET'],
  public: ['GET'],
  avatar: ['PUT'],
  image: ['GET', 'HEAD'],
  video: ['GET', 'HEAD'],
};

const NOT_FOUND: Route = { kind: 'not-found' };

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Maps a path (with the mount prefix) to a route; ids are still unchecked strings. */
export function matchRoute(pathname: string, basePath: string): Route {
  if (basePath !== '' && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
    return NOT_FOUND;
  }
  // Like most HTTP frameworks, one trailing slash does not make a different resource.
  const path = pathname.slice(basePath.length).replace(/(.)\/$/, '$1');
  if (path === '/v1/avatars') return { kind: 'list' };
  if (path === '/v1/avatars/public') return { kind: 'public' };
  const media = /^\/media\/(image|video)\/([^/]+)\.(svg|webm)$/.exec(path);
  if (media) {
    const [, type, segment = '', extension] = media;
    const id = decodeSegment(segment);
    if (id === null) return NOT_FOUND;
    if (type === 'image' && extension === 'svg') return { kind: 'image', id };
    if (type === 'video' && extension === 'webm') return { kind: 'video', id };
    return NOT_FOUND;
  }
  const avatar = /^\/v1\/avatars\/([^/]+)$/.exec(path);
  if (avatar) {
    const id = decodeSegment(avatar[1] ?? '');
    return id === null ? NOT_FOUND : { kind: 'avatar', id };
  }
  return NOT_FOUND;
}

/** Which fault route a request counts as, or null when only an 'any' fault applies to it. */
export function faultRouteOf(
  route: Route,
  method: string,
  params: URLSearchParams,
): Exclude<FaultRoute, 'any'> | null {
  switch (route.kind) {
    case 'list':
      if (method !== 'GET') return null;
      if (params.has('parent_id')) return 'looks';
      return params.get('characters_only') === 'false' ? 'all' : 'characters';
    case 'public':
      return method === 'GET' ? 'public' : null;
    case 'avatar':
      return method === 'PUT' ? 'update' : null;
    case 'image':
    case 'video':
      return method === 'GET' || method === 'HEAD' ? 'media' : null;
    case 'not-found':
      return null;
  }
}
