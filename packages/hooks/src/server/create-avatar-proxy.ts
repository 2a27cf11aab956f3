import type { FetchLike } from '../core/create-avatar-client';
import { isRecord } from '../core/guards';
import { redactSecrets } from '../core/redact-secrets';
import { AVATAR_FIELDS, ENVELOPE_FIELDS, ERROR_FIELDS, WIRE_HEADERS } from '../core/wire';
import { resolveProxyRoute } from './resolve-proxy-route';
import { UPSTREAM_TIMEOUT_MS, upstreamDeadline } from './upstream-deadline';

export interface CreateAvatarProxyOptions {
  /** The AgentHuman API key; stays on the server, never echoed back. */
  apiKey: string;
  /** Upstream API origin, e.g. `https://api.agenthuman.com`. */
  upstream: string;
  /**
   * The public path the browser calls, e.g. `/api/avatars`; stripped before routing. `toNodeHandler`
   * matches it against the full request path, so it is the same whether or not the server strips
   * a mount path.
   */
  basePath?: string;
  /** Defaults to the global `fetch`, looked up per request. */
  fetch?: FetchLike;
  /** How long to wait for each upstream answer before a 504; 10 s by default. */
  timeoutMs?: number;
}

export type AvatarProxyHandler = ((request: Request) => Promise<Response>) & {
  /** The normalized `basePath` option (`''` when unset), for adapters that route by path. */
  readonly basePath: string;
};

const MAX_BODY_BYTES = 1024;
const FORWARDED_RESPONSE_HEADERS = ['content-type', WIRE_HEADERS.retryAfter, 'cache-control'];
const URL_PARTS = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([^?#]*)(?:\?([^#]*))?/i;

function normalizeUpstream(upstream: unknown): string {
  if (typeof upstream !== 'string' || !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/i.test(upstream)) {
    throw new Error('createAvatarProxy: upstream must be an http(s) URL without query or hash');
  }
  return upstream.replace(/\/+$/, '');
}

function normalizeBasePath(basePath: unknown): string {
  if (typeof basePath !== 'string' || !/^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\/?$/.test(basePath)) {
    throw new Error('createAvatarProxy: basePath must be a plain path such as "/api/avatars"');
  }
  return basePath.replace(/\/$/, '');
}

function validateApiKey(apiKey: unknown): string {
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new Error(
      'createAvatarProxy: apiKey is required (read it from the server environment, e.g. AGENTHUMAN_API_KEY)',
    );
  }
  // Only visible ASCII can go into a header; anything else hints at a misread secret.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new Error(
      'createAvatarProxy: apiKey contains characters that are not allowed in a header',
    );
  }
  return apiKey;
}

/** An error in the API's own envelope shape, so clients read proxy errors like upstream ones. */
export function jsonErrorResponse(
  status: number,
  message: string,
  code: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const body = {
    [ENVELOPE_FIELDS.success]: false,
    [ENVELOPE_FIELDS.error]: { [ERROR_FIELDS.message]: message, [ERROR_FIELDS.code]: code },
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...extraHeaders,
    },
  });
}

type LimitedBody =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'not-utf8' | 'unreadable' };

/**
 * Reads a request body but stops as soon as it passes `maxBytes`, so an oversized upload costs
 * at most `maxBytes` of memory whatever Content-Length claims.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'too-large' };
  if (request.body === null) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}

function isJsonContentType(value: string | null): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Accepts exactly `{"is_favorite": boolean}`: the only update the picker needs. */
function readFavoriteBody(text: string): boolean | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(body)) return null;
  const value = body[AVATAR_FIELDS.isFavorite];
  return Object.keys(body).length === 1 && typeof value === 'boolean' ? value : null;
}

function bodyError(reason: 'too-large' | 'not-utf8' | 'unreadable' | 'not-favorite'): Response {
  if (reason === 'too-large') {
    return jsonErrorResponse(413, `Body must be at most ${MAX_BODY_BYTES} bytes`, 'BODY_TOO_LARGE');
  }
  if (reason === 'unreadable') {
    return jsonErrorResponse(400, 'The request body could not be read', 'UNREADABLE_BODY');
  }
  return jsonErrorResponse(
    400,
    `Body must be exactly {"${AVATAR_FIELDS.isFavorite}": true|false}`,
    'INVALID_BODY',
  );
}

/**
 * A same-origin route that forwards only the avatar reads and the favorite update to the
 * upstream API with the server's key. Usable as a Next.js route handler or any
 * `Request -> Response` server; see `toNodeHandler` for Node middleware.
 */
export function createAvatarProxy(options: CreateAvatarProxyOptions): AvatarProxyHandler {
  const apiKey = validateApiKey(options.apiKey);
  const upstream = normalizeUpstream(options.upstream);
  const basePath = normalizeBasePath(options.basePath ?? '');
  const timeoutMs = options.timeoutMs ?? UPSTREAM_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new Error('createAvatarProxy: timeoutMs must be a positive number');
  }
  const secrets = [apiKey];

  async function forward(
    method: 'GET' | 'PUT',
    upstreamPath: string,
    body: string | undefined,
    incoming: AbortSignal,
  ): Promise<Response> {
    const headers = new Headers({ [WIRE_HEADERS.apiKey]: apiKey, accept: 'application/json' });
    if (body !== undefined) headers.set('content-type', 'application/json');
    // A client that hangs up should not keep an upstream request (and our rate limit) busy.
    const deadline = upstreamDeadline(timeoutMs, incoming);
    const fetchImpl = options.fetch ?? globalThis.fetch;
    try {
      // `manual` keeps fetch from replaying our key to wherever a redirect points.
      const response = await fetchImpl(`${upstream}${upstreamPath}`, {
        method,
        headers,
        body,
        signal: deadline.signal,
        redirect: 'manual',
      });
      const text = redactSecrets(await response.text(), secrets);
      if (response.status < 200 || (response.status >= 300 && response.status < 400)) {
        return jsonErrorResponse(502, 'Upstream answered with a redirect', 'UPSTREAM_REDIRECT');
      }
      const outHeaders = new Headers();
      for (const name of FORWARDED_RESPONSE_HEADERS) {
        const value = response.headers.get(name);
        if (value !== null && !value.includes(apiKey)) outHeaders.set(name, value);
      }
      const hasNoBody = text === '' || [204, 205, 304].includes(response.status);
      return new Response(hasNoBody ? null : text, {
        status: response.status,
        headers: outHeaders,
      });
    } catch {
      if (deadline.timedOut())
        return jsonErrorResponse(504, 'Upstream timed out', 'UPSTREAM_TIMEOUT');
      if (incoming.aborted) return jsonErrorResponse(499, 'Client closed request', 'CLIENT_CLOSED');
      return jsonErrorResponse(502, 'Upstream is unreachable', 'UPSTREAM_UNREACHABLE');
    } finally {
      deadline.clear();
    }
  }

  const handle = async (request: Request): Promise<Response> => {
    const parts = URL_PARTS.exec(request.url);
    const route = resolveProxyRoute(request.method, parts?.[1] ?? '', parts?.[2] ?? '', basePath);
    if (!route.ok) {
      const allow: Record<string, string> = route.allow === null ? {} : { allow: route.allow };
      return jsonErrorResponse(route.status, route.message, route.code, allow);
    }
    if (route.method === 'GET')
      return forward('GET', route.upstreamPath, undefined, request.signal);

    if (!isJsonContentType(request.headers.get('content-type'))) {
      return jsonErrorResponse(
        415,
        'Content-Type must be application/json',
        'UNSUPPORTED_MEDIA_TYPE',
      );
    }
    const body = await readLimitedBody(request, MAX_BODY_BYTES);
    if (!body.ok) return bodyError(body.reason);
    const isFavorite = readFavoriteBody(body.text);
    if (isFavorite === null) return bodyError('not-favorite');
    const upstreamBody = JSON.stringify({ [AVATAR_FIELDS.isFavorite]: isFavorite });
    return forward('PUT', route.upstreamPath, upstreamBody, request.signal);
  };
  return Object.assign(handle, { basePath });
}
