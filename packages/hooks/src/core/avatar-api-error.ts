import { isRecord } from './guards';
import { redactSecrets } from './redact-secrets';
import type { SkippedRow } from './types';
import { ENVELOPE_FIELDS, ERROR_FIELDS, WIRE_HEADERS } from './wire';

export type AvatarApiErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'bad-request'
  | 'server'
  | 'network'
  | 'invalid-response'
  | 'aborted';

export interface AvatarApiErrorInit {
  kind: AvatarApiErrorKind;
  message: string;
  status?: number | null;
  suggestion?: string | null;
  code?: string | null;
  retryAfterMs?: number | null;
  details?: unknown;
  cause?: unknown;
}

export interface FromResponseOptions {
  /** Values (API keys) to scrub from anything read out of the body. */
  secrets?: readonly string[];
  /** Clock for HTTP-date `Retry-After` values; defaults to `Date.now`. */
  now?: () => number;
}

// Servers sometimes return whole pages or stack traces as the message; keep errors readable.
const MAX_TEXT_LENGTH = 500;

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'The avatar API rejected the request as invalid',
  401: 'Missing or invalid API key',
  403: 'Access denied',
  404: 'Avatar not found',
  405: 'Method not allowed',
  409: 'The request conflicts with the current state of the avatar',
  413: 'The request body is too large',
  415: 'The request body must be JSON',
  422: 'The avatar API could not process the request',
  429: 'Too many requests; try again later',
  500: 'The avatar API failed with an internal error',
  502: 'The avatar API is unreachable (bad gateway)',
  503: 'The avatar API is temporarily unavailable',
  504: 'The avatar API timed out',
};

function kindForStatus(status: number): AvatarApiErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 400 && status < 500) return 'bad-request';
  if (status >= 500 && status < 600) return 'server';
  // A redirect or success reaching the error path means the response is not what we asked for.
  return 'invalid-response';
}

function defaultMessage(status: number): string {
  const known = DEFAULT_MESSAGES[status];
  if (known !== undefined) return known;
  if (status >= 400 && status < 500) return `The avatar API rejected the request (HTTP ${status})`;
  if (status >= 500 && status < 600) return `The avatar API failed (HTTP ${status})`;
  return `Unexpected response from the avatar API (HTTP ${status})`;
}

const DELAY_SECONDS = /^\d+$/;

/**
 * Reads a `Retry-After` value (delay in seconds or an HTTP-date) as milliseconds from `now`.
 * Returns null when absent or unreadable so callers fall back to their own backoff.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (DELAY_SECONDS.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : null;
  }
  // Only accept something that looks like a date: Date.parse also takes bare numbers like "-5".
  if (!/[a-z]/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

function cleanText(value: unknown, secrets: readonly string[]): string | null {
  if (typeof value !== 'string') return null;
  const text = redactSecrets(value, secrets).trim();
  if (text === '') return null;
  return text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH)}…` : text;
}

interface BodyFields {
  message: string | null;
  suggestion: string | null;
  code: string | null;
  details: unknown;
}

const EMPTY_FIELDS: BodyFields = {
  message: null,
  suggestion: null,
  code: null,
  details: undefined,
};

/** Understands the envelope `{success:false,error:{...}}` and the bare `{error:"..."}` shapes. */
function readBodyFields(text: string, secrets: readonly string[]): BodyFields {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return EMPTY_FIELDS;
  }
  if (!isRecord(body)) return EMPTY_FIELDS;
  const error = body[ENVELOPE_FIELDS.error];
  if (typeof error === 'string') return { ...EMPTY_FIELDS, message: cleanText(error, secrets) };
  if (isRecord(error)) {
    return {
      message: cleanText(error[ERROR_FIELDS.message], secrets),
      suggestion: cleanText(error[ERROR_FIELDS.suggestion], secrets),
      code: cleanText(error[ERROR_FIELDS.code], secrets),
      details: error[ERROR_FIELDS.details],
    };
  }
  return { ...EMPTY_FIELDS, message: cleanText(body[ERROR_FIELDS.message], secrets) };
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

/** The one error type the client rejects with; `kind` is what callers branch on. */
export class AvatarApiError extends Error {
  override readonly name = 'AvatarApiError';
  readonly kind: AvatarApiErrorKind;
  /** HTTP status, or null when no response arrived (network, aborted). */
  readonly status: number | null;
  readonly suggestion: string | null;
  readonly code: string | null;
  /** From `Retry-After`; null when the server gave no usable hint. */
  readonly retryAfterMs: number | null;
  readonly details: unknown;

  constructor(init: AvatarApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.suggestion = init.suggestion ?? null;
    this.code = init.code ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.details = init.details;
  }

  /** Builds an error from a failed response of any body shape; never throws. */
  static async fromResponse(
    response: Response,
    options: FromResponseOptions = {},
  ): Promise<AvatarApiError> {
    const secrets = options.secrets ?? [];
    const now = options.now ?? Date.now;
    const text = redactSecrets(await readText(response), secrets);
    const fields = readBodyFields(text, secrets);
    return new AvatarApiError({
      kind: kindForStatus(response.status),
      status: response.status,
      message: fields.message ?? defaultMessage(response.status),
      suggestion: fields.suggestion,
      code: fields.code,
      retryAfterMs: parseRetryAfter(response.headers.get(WIRE_HEADERS.retryAfter), now()),
      details: fields.details,
    });
  }
}

/**
 * Structural rather than `instanceof`: two copies of this package (or another realm) still
 * agree on what an avatar API error is.
 */
export function isAvatarApiError(value: unknown): value is AvatarApiError {
  return (
    value instanceof Error &&
    value.name === 'AvatarApiError' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}

/** Throws the error for a row of the id the client refused to parse: the response is broken. */
export function throwRefusedRow(row: SkippedRow): never {
  throw new AvatarApiError({
    kind: 'invalid-response',
    message: `The avatar API returned the avatar in a shape the client refuses: ${row.reason}`,
  });
}
