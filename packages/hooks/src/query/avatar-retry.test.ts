import { describe, expect, it } from 'vitest';
import { AvatarApiError, type AvatarApiErrorKind } from '../core/avatar-api-error';
import { MAX_RETRY_AFTER_MS, MAX_RETRY_DELAY_MS, retryDelay, shouldRetry } from './avatar-retry';

function apiError(
  kind: AvatarApiErrorKind,
  status: number | null,
  retryAfterMs: number | null = null,
) {
  return new AvatarApiError({ kind, status, message: kind, retryAfterMs });
}

describe('shouldRetry', () => {
  it.each([
    ['server', 500, true],
    ['server', 503, true],
    ['network', null, true],
    ['rate-limited', 429, true],
    ['auth', 401, false],
    ['forbidden', 403, false],
    ['not-found', 404, false],
    ['bad-request', 400, false],
    ['invalid-response', 200, false],
    ['aborted', null, false],
  ] as const)('%s (%s) on the first failure -> %s', (kind, status, expected) => {
    expect(shouldRetry(0, apiError(kind, status))).toBe(expected);
  });

  it('retries server, network and rate-limit failures twice, never a third time', () => {
    for (const error of [
      apiError('server', 500),
      apiError('network', null),
      apiError('rate-limited', 429, 10),
    ]) {
      expect([0, 1, 2, 3].map((count) => shouldRetry(count, error))).toEqual([
        true,
        true,
        false,
        false,
      ]);
    }
  });

  it('gives up on a Retry-After too long to wait for', () => {
    expect(shouldRetry(0, apiError('rate-limited', 429, MAX_RETRY_AFTER_MS))).toBe(true);
    expect(shouldRetry(0, apiError('rate-limited', 429, MAX_RETRY_AFTER_MS + 1))).toBe(false);
  });

  it('does not retry errors that are not AvatarApiError', () => {
    expect(shouldRetry(0, new TypeError('boom'))).toBe(false);
    expect(shouldRetry(0, 'boom')).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially from one second, capped', () => {
    const error = apiError('server', 500);
    expect([0, 1, 2, 3, 4, 10].map((count) => retryDelay(count, error))).toEqual([
      1_000,
      2_000,
      4_000,
      MAX_RETRY_DELAY_MS,
      MAX_RETRY_DELAY_MS,
      MAX_RETRY_DELAY_MS,
    ]);
  });

  it('waits exactly the Retry-After of a 429', () => {
    expect(retryDelay(0, apiError('rate-limited', 429, 2_500))).toBe(2_500);
    expect(retryDelay(1, apiError('rate-limited', 429, 0))).toBe(0);
  });

  it('falls back to backoff for a 429 without Retry-After', () => {
    expect(retryDelay(1, apiError('rate-limited', 429))).toBe(2_000);
  });
});
