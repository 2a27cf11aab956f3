import { isAvatarApiError } from '../core/avatar-api-error';

/** Retries after the first failure, so a request is tried at most three times. */
export const MAX_RETRIES = 2;
export const MAX_RETRY_DELAY_MS = 8_000;
/** A longer Retry-After means the quota is gone for a while: showing the error beats a frozen spinner. */
export const MAX_RETRY_AFTER_MS = 30_000;
const BASE_RETRY_DELAY_MS = 1_000;

/** TanStack `retry`: `failureCount` is the number of failures before this one (0 on the first). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isAvatarApiError(error)) return false;
  switch (error.kind) {
    case 'rate-limited':
      return error.retryAfterMs === null || error.retryAfterMs <= MAX_RETRY_AFTER_MS;
    case 'server':
    case 'network':
      return true;
    default:
      return false;
  }
}

/** TanStack `retryDelay`: the server's Retry-After when it gave one, else capped exponential backoff. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isAvatarApiError(error) && error.kind === 'rate-limited' && error.retryAfterMs !== null) {
    return Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS);
  }
  return Math.min(BASE_RETRY_DELAY_MS * 2 ** Math.max(0, failureCount), MAX_RETRY_DELAY_MS);
}
