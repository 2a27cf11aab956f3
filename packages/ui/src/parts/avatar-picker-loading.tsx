'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { createPart } from '../primitives/create-part';
import { usePickerBasics, usePickerDataContext } from '../store/picker-context';
import { RateLimitMessage } from './rate-limit-message';

export interface AvatarPickerLoadingProps extends ComponentPropsWithoutRef<'div'> {
  /** Placeholder tiles drawn while the avatars load: enough to fill the grid's height. */
  tiles?: number;
}

/**
 * Shown while the avatars load: a skeleton of placeholder tiles, announced as busy. While the
 * hooks wait out a rate limit before retrying, it says so (`data-state="waiting"`).
 */
export const AvatarPickerLoading = createPart<HTMLDivElement, AvatarPickerLoadingProps>(
  'AvatarPicker.Loading',
  function AvatarPickerLoading({ tiles = 24, children, ...rest }, ref) {
    const { labels } = usePickerBasics('AvatarPicker.Loading');
    const data = usePickerDataContext('AvatarPicker.Loading');
    if (data.status !== 'loading') return null;
    const { waiting } = data;
    return (
      <div
        role="status"
        // Busy regions are not read out: the wait has to be heard.
        aria-busy={!waiting}
        aria-label={labels.loading}
        data-ap-loading=""
        data-state={waiting ? 'waiting' : undefined}
        {...rest}
        ref={ref}
      >
        {waiting && <RateLimitMessage error={waiting} labels={labels} />}
        {children ??
          Array.from({ length: tiles }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <span key={index} aria-hidden="true" data-ap-skeleton="" />
          ))}
      </div>
    );
  },
);
