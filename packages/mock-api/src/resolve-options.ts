import type { MockApiOptions } from './types';

export interface ResolvedOptions {
  seed: string;
  characters: number;
  urlTtlSeconds: number;
  latencyMs: number;
  keys: ReadonlyMap<string, string>;
  basePath: string;
  publicOrigin: string | null;
  publicFavorites: 'allow' | 'reject';
  now: () => number;
  secret: string;
}

export const MAX_CHARACTERS = 100_000;
const DEFAULT_KEYS = { 'demo-key': 'user_demo', 'demo-key-2': 'user_demo_2' };
const DEV_SECRET = 'avatar-picker-mock-api-dev-secret';

/** Validates options once so a typo fails at construction with a message naming the option. */
export function resolveOptions(options: MockApiOptions = {}): ResolvedOptions {
  const seed = options.seed ?? 1;
  if (typeof seed === 'number' ? !Number.isFinite(seed) : typeof seed !== 'string') {
    throw new TypeError('createMockApi: `seed` must be a finite number or a string');
  }
  const characters = options.characters ?? 24;
  if (!Number.isInteger(characters) || characters < 0 || characters > MAX_CHARACTERS) {
    throw new RangeError(
      `createMockApi: \`characters\` must be an integer in 0..${MAX_CHARACTERS}`,
    );
  }
  const urlTtlSeconds = options.urlTtlSeconds ?? 3600;
  if (!Number.isInteger(urlTtlSeconds) || urlTtlSeconds <= 0) {
    throw new RangeError('createMockApi: `urlTtlSeconds` must be a positive integer');
  }
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) {
    throw new RangeError('createMockApi: `latencyMs` must be a finite number >= 0');
  }
  const publicFavorites = options.publicFavorites ?? 'allow';
  if (publicFavorites !== 'allow' && publicFavorites !== 'reject') {
    throw new TypeError("createMockApi: `publicFavorites` must be 'allow' or 'reject'");
  }
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') throw new TypeError('createMockApi: `now` must be a function');
  const secret = options.secret ?? DEV_SECRET;
  if (typeof secret !== 'string' || secret === '') {
    throw new TypeError('createMockApi: `secret` must be a non-empty string');
  }
  return {
    seed: String(seed),
    characters,
    urlTtlSeconds,
    latencyMs,
    keys: resolveKeys(options.keys ?? DEFAULT_KEYS),
    basePath: resolveBasePath(options.basePath ?? ''),
    publicOrigin: options.publicOrigin === undefined ? null : resolveOrigin(options.publicOrigin),
    publicFavorites,
    now,
    secret,
  };
}

function resolveKeys(keys: Record<string, string>): ReadonlyMap<string, string> {
  if (typeof keys !== 'object' || keys === null) {
    throw new TypeError('createMockApi: `keys` must be an object of api key -> user id');
  }
  const entries = Object.entries(keys);
  for (const [key, userId] of entries) {
    if (key === '' || typeof userId !== 'string' || userId === '') {
      throw new TypeError('createMockApi: every `keys` entry needs a non-empty key and user id');
    }
  }
  return new Map(entries);
}

function resolveBasePath(basePath: string): string {
  if (typeof basePath !== 'string')
    throw new TypeError('createMockApi: `basePath` must be a string');
  const trimmed = basePath.replace(/\/+$/, '');
  if (trimmed !== '' && !/^\/[A-Za-z0-9._~\-/]*$/.test(trimmed)) {
    throw new TypeError(
      `createMockApi: \`basePath\` must start with "/" and hold only path characters, got "${basePath}"`,
    );
  }
  return trimmed;
}

function resolveOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new TypeError(`createMockApi: \`publicOrigin\` is not a URL: "${origin}"`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/') {
    throw new TypeError(
      `createMockApi: \`publicOrigin\` must be an http(s) origin without a path, got "${origin}"`,
    );
  }
  return url.origin;
}
