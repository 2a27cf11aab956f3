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
