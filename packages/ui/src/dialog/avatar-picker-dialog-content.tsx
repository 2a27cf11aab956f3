'use client';
import * as Dialog from '@radix-ui/react-dialog';
import type { ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { createPart } from '../primitives/create-part';
import { usePickerBasics } from '../store/picker-context';

export type AvatarPickerDialogContentProps = ComponentPropsWithoutRef<typeof Dialog.Content>;

/**
 * The dialog panel, portalled with its overlay, title, description and close button; put the
 * picker's parts inside. Escape in the grid first closes the open looks, then the dialog.
 */
export const AvatarPickerDialogContent = createPart<HTMLDivElement, AvatarPickerDialogContentProps>(
  'AvatarPickerDialog.Content',
  function AvatarPickerDialogContent({ children, ...rest }, ref) {
    const { store, labels } = usePickerBasics('AvatarPickerDialog.Content');
    return (
      <Dialog.Portal>
        <Dialog.Overlay data-ap-dialog-overlay="" />
        <Dialog.Content
          data-ap-dialog=""
          {...rest}
          ref={ref}
          onEscapeKeyDown={composeEventHandlers(rest.onEscapeKeyDown, (event) => {
            // Radix listens on the document before the grid sees the key: ask the store first.
            const inGrid = store.nodes.grid?.contains(event.target as Node | null);
            if (inGrid && store.actions.collapse()) event.preventDefault();
          })}
        >
          <Dialog.Title data-ap-dialog-title="">{labels.dialogTitle}</Dialog.Title>
          <Dialog.Description data-ap-dialog-description="">
            {labels.dialogDescription}
          </Dialog.Description>
          {children}
          <Dialog.Close data-ap-dialog-close="">{labels.close}</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    );
  },
);
