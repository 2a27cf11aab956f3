'use client';
import type { Look, LookId } from '@avatar-picker/hooks';
import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, type RefObject, useMemo, useRef, useState } from 'react';
import { composeRefs } from '../primitives/compose-refs';
import { createPart } from '../primitives/create-part';
import { useControllableState } from '../primitives/use-controllable-state';
import { useIsomorphicLayoutEffect } from '../primitives/use-isomorphic-layout-effect';
import { useAvatarPickerContext } from '../store/avatar-picker-context';
import { useCachedLook } from '../store/use-cached-look';
import { AvatarImage } from './avatar-image';
import { AvatarPickerLayout } from './avatar-picker-layout';
import { AvatarPickerRoot, type AvatarPickerValueProps } from './avatar-picker-root';
import { mergeLabels } from './default-labels';
import { PickerFormInputs } from './picker-form-inputs';

export interface AvatarPickerDialogProps
  extends AvatarPickerValueProps,
    Omit<ComponentPropsWithoutRef<'button'>, 'value' | 'defaultValue' | 'name' | 'disabled'> {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Columns before the grid is measured. */
  columns?: number;
  /** Props for the dialog panel (Radix `Dialog.Content`). */
  contentProps?: ComponentPropsWithoutRef<typeof Dialog.Content>;
}

/** Lets the dialog ask the picker to collapse its looks before Escape closes the dialog. */
function EscapeBridge({ handlerRef }: { handlerRef: RefObject<(() => boolean) | null> }) {
  const { collapse } = useAvatarPickerContext('AvatarPickerDialog');
  useIsomorphicLayoutEffect(() => {
    handlerRef.current = collapse;
  });
  return null;
}

/**
 * A trigger button showing the chosen look that opens the picker in a modal dialog. Picking a
 * look closes the dialog and focus returns to the trigger.
 */
export const AvatarPickerDialog = createPart<HTMLButtonElement, AvatarPickerDialogProps>(
  'AvatarPickerDialog',
  function AvatarPickerDialog(
    {
      value: valueProp,
      defaultValue = null,
      onValueChange,
      name,
      required = false,
      disabled = false,
      labels: labelsProp,
      open: openProp,
      defaultOpen = false,
      onOpenChange,
      columns,
      contentProps,
      ...triggerProps
    },
    ref,
  ) {
    const labels = useMemo(() => mergeLabels(labelsProp), [labelsProp]);
    const [open, setOpen] = useControllableState({
      value: openProp,
      defaultValue: defaultOpen,
      onChange: onOpenChange,
    });
    const [value, setValue] = useControllableState<LookId | null, [Look]>({
      value: valueProp,
      defaultValue,
      onChange: (id, look) => {
        if (id !== null) onValueChange?.(id, look);
      },
    });
    const [picked, setPicked] = useState<Look | null>(null);
    const cached = useCachedLook(value);
    // A look the cache knows to be inactive is no value: the form gets '' and the trigger asks again.
    const active = cached?.isActive === false ? null : value;
    const chosen = active === null ? null : picked?.id === value ? picked : cached;
    const escapeRef = useRef<(() => boolean) | null>(null);
    const triggerRef = useRef<HTMLButtonElement | null>(null);
    const composedRef = useMemo(() => composeRefs(triggerRef, ref), [ref]);

    const pick = (id: LookId, look: Look) => {
      setPicked(look);
      setValue(id, look);
      setOpen(false);
    };

    return (
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger
          aria-label={chosen === null ? undefined : labels.chosenAvatar(chosen.name)}
          disabled={disabled}
          data-ap-dialog-trigger=""
          data-placeholder={chosen === null ? '' : undefined}
          {...triggerProps}
          ref={composedRef}
        >
          {chosen === null ? (
            labels.chooseAvatar
          ) : (
            <>
              <AvatarImage src={chosen.previewImageUrl} name={chosen.name} decorative />
              <span title={chosen.name} data-ap-name="">
                {chosen.name}
              </span>
            </>
          )}
        </Dialog.Trigger>
        <PickerFormInputs
          value={active}
          name={name}
          required={required}
          disabled={disabled}
          onInvalid={() => triggerRef.current?.focus()}
        />
        <Dialog.Portal>
          <Dialog.Overlay data-ap-dialog-overlay="" />
          <Dialog.Content
            data-ap-dialog=""
            {...contentProps}
            onEscapeKeyDown={(event) => {
              contentProps?.onEscapeKeyDown?.(event);
              if (event.defaultPrevented) return;
              const inGrid = (event.target as Element | null)?.closest?.('[data-ap-grid]');
              if (inGrid && escapeRef.current?.()) event.preventDefault();
            }}
          >
            <Dialog.Title data-ap-dialog-title="">{labels.dialogTitle}</Dialog.Title>
            <Dialog.Description data-ap-dialog-description="">
              {labels.dialogDescription}
            </Dialog.Description>
            <AvatarPickerRoot value={value} onValueChange={pick} labels={labelsProp}>
              <AvatarPickerLayout columns={columns} />
              <EscapeBridge handlerRef={escapeRef} />
            </AvatarPickerRoot>
            <Dialog.Close data-ap-dialog-close="">{labels.close}</Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    );
  },
);
