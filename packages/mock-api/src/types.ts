/** One avatar row exactly as the API sends it (snake_case wire format). */
export type WireAvatar = {
  avatar_id: string;
  name: string;
  preview_img_url: string;
  parent_id?: string | null;
  looks_count?: number;
  video_url?: string;
  is_favorite: 0 | 1;
  is_public: 0 | 1;
  active?: 0 | 1;
  created_at: string;
  updated_at: string;
};

export interface MockApiOptions {
  /** The dataset is deterministic for a seed. Default 1. */
  seed?: number | string;
  /** Characters owned by the demo account, 0..100_000. Default 24. */
  characters?: number;
  /** Lifetime of signed video URLs. Default 3600. */
  urlTtlSeconds?: number;
  /** Added to every API response (not media). Default 0. */
  latencyMs?: number;
  /** API key -> user id. Default `{ 'demo-key': 'user_demo', 'demo-key-2': 'user_demo_2' }`. */
  keys?: Record<string, string>;
  /** Mount prefix stripped before routing, e.g. `/api/avatars`. Default ''. */
  basePath?: string;
  /** Origin used in media URLs. Default: the origin of each incoming request. */
  publicOrigin?: string;
  /** 'reject' answers 404 when a user favorites an avatar their account does not own. */
  publicFavorites?: 'allow' | 'reject';
  /** Clock in ms. Default `Date.now`; tests inject one to expire signed URLs. */
  now?: () => number;
  /** HMAC secret for media URL signatures. Default: a fixed development secret. */
  secret?: string;
}

export type FaultRoute = 'characters' | 'looks' | 'all' | 'public' | 'update' | 'media' | 'any';
export type FaultStatus = 400 | 401 | 403 | 404 | 429 | 500 | 502 | 503;
export type FaultBody = 'envelope' | 'bare' | 'empty' | 'html';
export type Malformation =
  | 'wrong-types'
  | 'missing-fields'
  | 'javascript-url'
  | 'data-url'
  | 'long-name'
  | 'html-name'
  | 'not-an-array';

export interface Fault {
  route: FaultRoute;
  /** How many matching responses it affects. Default 1; `Infinity` is allowed. */
  times?: number;
  status?: FaultStatus;
  /** Body shape of the error. Default 'envelope'. */
  body?: FaultBody;
  message?: string;
  suggestion?: string;
  code?: string;
  /** Sets `Retry-After` (used with 429 / 503). */
  retryAfterSeconds?: number;
  /** Extra latency for the matched responses. */
  latencyMs?: number;
  /** The request fails like a dropped connection instead of answering. */
  network?: boolean;
  /** Corrupts the first rows of a successful list, one row per entry; the rest stay valid. */
  malformed?: Malformation[];
}

export interface MockApiFaults {
  add(fault: Fault): void;
  clear(): void;
  /** Faults not used up yet, in matching order, with their remaining `times`. */
  pending(): readonly Fault[];
}

export interface MockApi {
  /** Same call shape as global fetch so it can be injected as a client's `fetch`. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  faults: MockApiFaults;
  /** Mount prefix the fake routes under (normalized `basePath` option). */
  readonly basePath: string;
  /**
   * The caller's characters as the API lists them. Media URLs use `publicOrigin` or
   * `http://localhost`. Defaults to the user of the first key.
   */
  listCharacters(userId?: string): WireAvatar[];
  /**
   * Looks of a character as the API lists them, without `video_url`: signing is async
   * (crypto.subtle), so signed URLs only come from `fetch` responses.
   */
  listLooks(characterId: string, userId?: string): WireAvatar[];
  /** Favorites, renames and faults back to the seed state. */
  reset(): void;
}
