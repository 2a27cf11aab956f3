'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { AvatarPickerTrigger, type AvatarPickerTriggerProps } from '../parts/avatar-picker-trigger';
import { createPart } from '../primitives/create-part';

export type AvatarPickerDialogTriggerProps = AvatarPickerTriggerProps;

/**
 * `AvatarPicker.Trigger` as the dialog's trigger: shows the chosen look and opens the dialog.
 * With `asChild`, your own button gets both behaviours.
 */
export const AvatarPickerDialogTrigger = createPart<
  HTMLButtonElement,
  AvatarPickerDialogTriggerProps
>('AvatarPickerDialog.Trigger', function AvatarPickerDialogTrigger(props, ref) {
  return (
    <Dialog.Trigger asChild>
      <AvatarPickerTrigger {...props} ref={ref} />
    </Dialog.Trigger>
  );
});
