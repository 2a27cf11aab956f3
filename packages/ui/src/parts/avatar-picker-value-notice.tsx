'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { createPart } from '../primitives/create-part';
import { useStoreSelector } from '../store/create-store';
import { usePickerBasics } from '../store/picker-context';
import type { PickerState } from '../store/picker-store';

export type AvatarPickerValueNoticeProps = ComponentPropsWithoutRef<'p'>;

const selectUnavailable = (state: PickerState) => state.valueUnavailable;

/**
 * Says, visibly, that the saved look is no longer available and the picker holds none; the live
 * region says it once too. Renders nothing otherwise.
 */
export const AvatarPickerValueNotice = createPart<
  HTMLParagraphElement,
  AvatarPickerValueNoticeProps
>('AvatarPicker.ValueNotice', function AvatarPickerValueNotice({ children, ...rest }, ref) {
  const { store, labels } = usePickerBasics('AvatarPicker.ValueNotice');
  if (!useStoreSelector(store, selectUnavailable)) return null;
  return (
    <p data-ap-value-notice="" {...rest} ref={ref}>
      {children ?? labels.savedLookUnavailable}
    </p>
  );
});
