'use client';
import type { AvatarApiError } from '@avatar-picker/hooks';
import { useEffect, useState } from 'react';
import { useEffectEvent } from '../primitives/use-effect-event';
import { rateLimitWaitMs } from './describe-api-error';

const TICK_MS = 1000;

const waitFor = (error: AvatarApiError | null) =>
  error?.kind === 'rate-limited' ? rateLimitWaitMs(error) : 0;

/**
 * For a rate-limited error: counts the wait down once a second and calls `retry` when it is
 * over. Returns the milliseconds left (0 for any other error).
 */
export function useRateLimitCountdown(
  error: AvatarApiError | null,
  retry: (() => void) | undefined,
): number {
  const [remainingMs, setRemainingMs] = useState(() => waitFor(error));
  const retryLatest = useEffectEvent(retry);

  useEffect(() => {
    const waitMs = waitFor(error);
    setRemainingMs(waitMs);
    if (waitMs === 0) return;
    const startedAt = Date.now();
    const interval = setInterval(() => {
      setRemainingMs(Math.max(0, waitMs - (Date.now() - startedAt)));
    }, TICK_MS);
    const timeout = setTimeout(retryLatest, waitMs);
    return () => {
      clearInterval(interval);
      clearTimeout(timeout);
    };
  }, [error, retryLatest]);

  return remainingMs;
}
