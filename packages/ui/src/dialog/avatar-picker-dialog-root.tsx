'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, useEffect, useRef } from 'react';
import { useControllableState } from '../primitives/use-controllable-state';
import { useStoreSelector } from '../store/create-store';
import { usePicker } from '../store/picker-context';

export interface AvatarPickerDialogRootProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  children?: ReactNode;
}

/**
 * Radix `Dialog.Root` inside `AvatarPicker.Root`: the picker's value, form inputs and labels stay
 * with that one Root. Picking a look closes the dialog; focus returns to the trigger.
 */
export function AvatarPickerDialogRoot({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  children,
}: AvatarPickerDialogRootProps) {
  const { store } = usePicker('AvatarPickerDialog.Root');
  const [open, setOpen] = useControllableState({
    value: openProp,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
    name: 'open',
  });
  const lastPick = useStoreSelector(store, (state) => state.lastPick);
  const seenPick = useRef(lastPick);
  useEffect(() => {
    if (lastPick === seenPick.current) return;
    seenPick.current = lastPick;
    setOpen(false);
  }, [lastPick, setOpen]);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {children}
    </Dialog.Root>
  );
}
AvatarPickerDialogRoot.displayName = 'AvatarPickerDialog.Root';
