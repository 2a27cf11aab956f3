import { isAvatarId } from '../core/guards';
import { isUnsafeRawPath } from './is-unsafe-raw-path';

export type ProxyRoute =
  | { ok: true; method: 'GET' | 'PUT'; upstreamPath: string }
  | { ok: false; status: 400 | 404 | 405; message: string; code: string; allow: string | null };

const LIST_PATH = '/v1/avatars';
const PUBLIC_PATH = '/v1/avatars/public';
const UPDATE_PATH = /^\/v1\/avatars\/([^/]+)$/;
const LIST_PARAMS = new Set(['parent_id', 'characters_only']);

function reject(
  status: 400 | 404 | 405,
  message: string,
  code: string,
  allow: string | null = null,
): ProxyRoute {
  return { ok: false, status, message, code, allow };
}

function methodNotAllowed(allow: string): ProxyRoute {
  return reject(405, 'Method not allowed', 'METHOD_NOT_ALLOWED', allow);
}

/** Re-emits only the parameters the API documents, validated, so nothing else can ride along. */
function listQuery(rawQuery: string): string | null {
  const params = new URLSearchParams(rawQuery);
  const rebuilt = new URLSearchParams();
  for (const key of new Set(params.keys())) {
    if (!LIST_PARAMS.has(key)) return null;
    const values = params.getAll(key);
    const value = values[0];
    if (values.length !== 1 || value === undefined) return null;
    if (key === 'parent_id' && !isAvatarId(value)) return null;
    if (key === 'characters_only' && value !== 'true' && value !== 'false') return null;
  }
  for (const key of LIST_PARAMS) {
    const value = params.get(key);
    if (value !== null) rebuilt.set(key, value);
  }
  const query = rebuilt.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * Maps an incoming request onto one of the few upstream calls the proxy allows. Everything
 * else is answered here, so a refused request never reaches the upstream API with our key.
 */
export function resolveProxyRoute(
  method: string,
  rawPath: string,
  rawQuery: string,
  basePath: string,
): ProxyRoute {
  if (isUnsafeRawPath(rawPath) || isUnsafeRawPath(rawQuery)) {
    return reject(400, 'Invalid request path', 'INVALID_PATH');
  }
  if (!rawPath.startsWith(`${basePath}/`)) return reject(404, 'Not found', 'NOT_FOUND');
  const path = rawPath.slice(basePath.length);

  if (path === LIST_PATH) {
    if (method !== 'GET') return methodNotAllowed('GET');
    const query = listQuery(rawQuery);
    if (query === null) {
      return reject(
        400,
        'Only one parent_id (an avatar id) and one characters_only (true or false) are allowed',
        'INVALID_QUERY',
      );
    }
    return { ok: true, method: 'GET', upstreamPath: `${LIST_PATH}${query}` };
  }
  if (path === PUBLIC_PATH) {
    if (method !== 'GET') return methodNotAllowed('GET');
    if (rawQuery !== '') return reject(400, 'This route takes no query', 'INVALID_QUERY');
    return { ok: true, method: 'GET', upstreamPath: PUBLIC_PATH };
  }
  const update = UPDATE_PATH.exec(path);
  if (update !== null) {
    if (method !== 'PUT') return methodNotAllowed('PUT');
    const id = update[1];
    if (!isAvatarId(id)) return reject(400, 'Invalid avatar id', 'INVALID_AVATAR_ID');
    if (rawQuery !== '') return reject(400, 'This route takes no query', 'INVALID_QUERY');
    return { ok: true, method: 'PUT', upstreamPath: `${LIST_PATH}/${id}` };
  }
  return reject(404, 'Not found', 'NOT_FOUND');
}
