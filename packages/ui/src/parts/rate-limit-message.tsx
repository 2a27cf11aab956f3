'use client';
import type { AvatarApiError } from '@avatar-picker/hooks';
import { visuallyHidden } from '../primitives/visually-hidden';
import type { AvatarPickerLabels } from '../store/default-labels';
import { describeApiError } from './describe-api-error';
import { useRateLimitCountdown } from './use-rate-limit-countdown';

export interface RateLimitMessageProps {
  error: AvatarApiError;
  labels: AvatarPickerLabels;
  /** Called when the wait is over; omitted when something else retries. */
  retry?: () => void;
}

/** "Too many requests — retrying in N s", counting down the server's Retry-After. */
export function RateLimitMessage({ error, labels, retry }: RateLimitMessageProps) {
  const remainingMs = useRateLimitCountdown(error, retry);
  return (
    <p data-ap-error-message="">
      {/* A countdown ticking inside a live region would be re-read every second. */}
      <span aria-hidden="true">{describeApiError(error, labels, remainingMs)}</span>
      <span style={visuallyHidden}>{describeApiError(error, labels)}</span>
    </p>
  );
}
