'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { useAvatarPickerContext } from './avatar-picker-context';
import { createPart } from './create-part';

export interface AvatarPickerLoadingProps extends ComponentPropsWithoutRef<'div'> {
  /** Placeholder tiles drawn while the avatars load. */
  tiles?: number;
}

/** Shown while the avatars load: a skeleton of placeholder tiles, announced as busy. */
export const AvatarPickerLoading = createPart<HTMLDivElement, AvatarPickerLoadingProps>(
  'AvatarPicker.Loading',
  function AvatarPickerLoading({ tiles = 8, children, ...rest }, ref) {
    const { data, labels } = useAvatarPickerContext('AvatarPicker.Loading');
    if (data.status !== 'loading') return null;
    return (
      <div
        role="status"
        aria-busy="true"
        aria-label={labels.loading}
        data-ap-loading=""
        {...rest}
        ref={ref}
      >
        {children ??
          Array.from({ length: tiles }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <span key={index} aria-hidden="true" data-ap-skeleton="" />
          ))}
      </div>
    );
  },
);
