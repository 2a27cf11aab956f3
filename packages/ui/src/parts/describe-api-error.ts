import type { AvatarApiError } from '@avatar-picker/hooks';
import type { AvatarPickerLabels } from '../store/default-labels';

export const DEFAULT_RATE_LIMIT_WAIT_MS = 5000;

/** How long to wait before retrying a rate-limited request. */
export function rateLimitWaitMs(error: AvatarApiError): number {
  return error.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS;
}

/** User-facing copy for an API failure; `remainingMs` drives the rate-limit countdown. */
export function describeApiError(
  error: AvatarApiError,
  labels: AvatarPickerLabels,
  remainingMs = rateLimitWaitMs(error),
): string {
  if (error.kind === 'rate-limited') {
    return labels.errorRateLimited(Math.max(0, Math.ceil(remainingMs / 1000)));
  }
  const copy: Record<Exclude<AvatarApiError['kind'], 'rate-limited'>, string> = {
    auth: labels.errorAuth,
    forbidden: labels.errorForbidden,
    'not-found': labels.errorNotFound,
    'bad-request': labels.errorBadRequest,
    server: labels.errorServer,
    network: labels.errorNetwork,
    'invalid-response': labels.errorInvalidResponse,
    aborted: labels.errorAborted,
  };
  return copy[error.kind];
}
