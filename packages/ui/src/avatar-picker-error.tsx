'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { useAvatarPickerContext } from './avatar-picker-context';
import { createPart } from './create-part';
import { describeApiError } from './describe-api-error';
import { useRateLimitCountdown } from './use-rate-limit-countdown';
import { visuallyHidden } from './visually-hidden';

export type AvatarPickerErrorProps = ComponentPropsWithoutRef<'div'>;

/**
 * Shown when the avatars cannot be loaded: copy specific to the failure and a Retry button.
 * A rate limit counts down and retries by itself when the server's Retry-After has passed.
 */
export const AvatarPickerError = createPart<HTMLDivElement, AvatarPickerErrorProps>(
  'AvatarPicker.Error',
  function AvatarPickerError({ children, ...rest }, ref) {
    const { data, labels } = useAvatarPickerContext('AvatarPicker.Error');
    const failure = data.status === 'error' ? data : null;
    const remainingMs = useRateLimitCountdown(failure?.error ?? null, failure?.retry);
    if (failure === null) return null;
    return (
      <div role="alert" data-ap-error="" data-kind={failure.error.kind} {...rest} ref={ref}>
        {failure.error.kind === 'rate-limited' ? (
          <p data-ap-error-message="">
            {/* A ticking countdown inside an alert would be re-read every second. */}
            <span aria-hidden="true">{describeApiError(failure.error, labels, remainingMs)}</span>
            <span style={visuallyHidden}>{describeApiError(failure.error, labels)}</span>
          </p>
        ) : (
          <p data-ap-error-message="">{describeApiError(failure.error, labels)}</p>
        )}
        <button type="button" data-ap-retry="" onClick={failure.retry}>
          {labels.retry}
        </button>
        {children}
      </div>
    );
  },
);
