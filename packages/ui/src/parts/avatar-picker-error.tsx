'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { createPart } from '../primitives/create-part';
import { usePickerBasics, usePickerDataContext } from '../store/picker-context';
import { describeApiError } from './describe-api-error';
import { RateLimitMessage } from './rate-limit-message';

export type AvatarPickerErrorProps = ComponentPropsWithoutRef<'div'>;

/**
 * Shown when the avatars cannot be loaded: copy specific to the failure and a Retry button.
 * A rate limit counts down and retries by itself when the server's Retry-After has passed.
 */
export const AvatarPickerError = createPart<HTMLDivElement, AvatarPickerErrorProps>(
  'AvatarPicker.Error',
  function AvatarPickerError({ children, ...rest }, ref) {
    const { labels } = usePickerBasics('AvatarPicker.Error');
    const data = usePickerDataContext('AvatarPicker.Error');
    if (data.status !== 'error') return null;
    const { error, retry } = data;
    return (
      <div role="alert" data-ap-error="" data-kind={error.kind} {...rest} ref={ref}>
        {error.kind === 'rate-limited' ? (
          <RateLimitMessage error={error} labels={labels} retry={retry} />
        ) : (
          <p data-ap-error-message="">{describeApiError(error, labels)}</p>
        )}
        <button type="button" data-ap-retry="" onClick={retry}>
          {labels.retry}
        </button>
        {children}
      </div>
    );
  },
);
