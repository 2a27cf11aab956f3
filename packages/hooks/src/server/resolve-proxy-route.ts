import { isAvatarId } from '../core/guards';
import { AVATAR_PATHS, LIST_PARAMS } from '../core/wire';

export type ProxyRoute =
  | { ok: true; method: 'GET' | 'PUT'; upstreamPath: string }
  | { ok: false; status: 400 | 404 | 405; message: string; code: string; allow: string | null };

const LIST_PARAM_NAMES: ReadonlySet<string> = new Set(Object.values(LIST_PARAMS));
const UPDATE_PREFIX = AVATAR_PATHS.avatar('');

/*
 * Checked on the path exactly as received, before any URL parser normalizes it: a parser turns
 * `/v1/avatars/%2e%2e/sessions` into `/v1/sessions`, and a backend that decodes `%2F` may route
 * differently from us. No legitimate proxied path contains any of these.
 */
const UNSAFE_PATTERNS: readonly RegExp[] = [
  /\.\./,
  /%2e/i,
  /%2f/i,
  /%5c/i,
  /\\/,
  /\/\//,
  /%00/,
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we reject
  /[\u0000-\u001f\u007f]/,
];

export function isUnsafeRawPath(rawPath: string): boolean {
  return UNSAFE_PATTERNS.some((pattern) => pattern.test(rawPath));
}

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
    if (!LIST_PARAM_NAMES.has(key)) return null;
    const values = params.getAll(key);
    const value = values[0];
    if (values.length !== 1 || value === undefined) return null;
    if (key === LIST_PARAMS.parentId && !isAvatarId(value)) return null;
    if (key === LIST_PARAMS.charactersOnly && value !== 'true' && value !== 'false') return null;
  }
  for (const key of LIST_PARAM_NAMES) {
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

  if (path === AVATAR_PATHS.list) {
    if (method !== 'GET') return methodNotAllowed('GET');
    const query = listQuery(rawQuery);
    if (query === null) {
      return reject(
        400,
        `Only one ${LIST_PARAMS.parentId} (an avatar id) and one ${LIST_PARAMS.charactersOnly} (true or false) are allowed`,
        'INVALID_QUERY',
      );
    }
    return { ok: true, method: 'GET', upstreamPath: `${AVATAR_PATHS.list}${query}` };
  }
  if (path === AVATAR_PATHS.public) {
    if (method !== 'GET') return methodNotAllowed('GET');
    if (rawQuery !== '') return reject(400, 'This route takes no query', 'INVALID_QUERY');
    return { ok: true, method: 'GET', upstreamPath: AVATAR_PATHS.public };
  }
  const id = path.startsWith(UPDATE_PREFIX) ? path.slice(UPDATE_PREFIX.length) : '';
  if (id !== '' && !id.includes('/')) {
    if (method !== 'PUT') return methodNotAllowed('PUT');
    if (!isAvatarId(id)) return reject(400, 'Invalid avatar id', 'INVALID_AVATAR_ID');
    if (rawQuery !== '') return reject(400, 'This route takes no query', 'INVALID_QUERY');
    return { ok: true, method: 'PUT', upstreamPath: AVATAR_PATHS.avatar(id) };
  }
  return reject(404, 'Not found', 'NOT_FOUND');
}
