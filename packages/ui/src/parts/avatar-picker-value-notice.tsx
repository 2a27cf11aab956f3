'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { createPart } from '../primitives/create-part';
import { useStoreSelector } from '../store/create-store';
import { usePickerBasics } from '../store/picker-context';
import { type PickerState, selectValueMissing } from '../store/picker-store';

export type AvatarPickerValueNoticeProps = ComponentPropsWithoutRef<'p'>;

const selectNotice = (state: PickerState) =>
  state.valueUnavailable ? 'unavailable' : selectValueMissing(state) ? 'required' : null;

/**
 * Says, visibly, that the saved look is no longer available and the picker holds none, or that a
 * `required` picker's form was submitted with none (`data-reason`); the live region says it
 * too. Renders nothing otherwise.
 */
export const AvatarPickerValueNotice = createPart<
  HTMLParagraphElement,
  AvatarPickerValueNoticeProps
>('AvatarPicker.ValueNotice', function AvatarPickerValueNotice({ children, ...rest }, ref) {
  const { store, labels } = usePickerBasics('AvatarPicker.ValueNotice');
  const notice = useStoreSelector(store, selectNotice);
  if (notice === null) return null;
  return (
    <p data-ap-value-notice="" data-reason={notice} {...rest} ref={ref}>
      {children ?? (notice === 'required' ? labels.valueRequired : labels.savedLookUnavailable)}
    </p>
  );
});
