'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { AvatarPickerLayout } from '../parts/avatar-picker-layout';
import {
  AvatarPickerRoot,
  type AvatarPickerRootProps,
  type AvatarPickerValueProps,
} from '../parts/avatar-picker-root';
import { AvatarPickerValueNotice } from '../parts/avatar-picker-value-notice';
import { createPart } from '../primitives/create-part';
import {
  AvatarPickerDialogContent,
  type AvatarPickerDialogContentProps,
} from './avatar-picker-dialog-content';
import { AvatarPickerDialogRoot } from './avatar-picker-dialog-root';
import { AvatarPickerDialogTrigger } from './avatar-picker-dialog-trigger';

export interface AvatarPickerDialogProps
  extends AvatarPickerValueProps,
    Pick<AvatarPickerRootProps, 'sort' | 'defaultSort' | 'onSortChange'>,
    Omit<ComponentPropsWithoutRef<'button'>, 'value' | 'defaultValue' | 'name' | 'disabled'> {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Columns before the grid is measured. */
  columns?: number;
  /** Props for the dialog panel (Radix `Dialog.Content`). */
  contentProps?: AvatarPickerDialogContentProps;
}

/**
 * A trigger button showing the chosen look that opens the picker in a modal dialog. Picking a
 * look closes the dialog and focus returns to the trigger. Built from the parts it carries:
 * `AvatarPickerDialog.Root`, `.Trigger` and `.Content` inside `AvatarPicker.Root`.
 */
const ReadyAvatarPickerDialog = createPart<HTMLButtonElement, AvatarPickerDialogProps>(
  'AvatarPickerDialog',
  function AvatarPickerDialog(
    {
      value,
      defaultValue,
      onValueChange,
      onActiveChange,
      name,
      required,
      disabled,
      labels,
      filterCharacters,
      filterLooks,
      getLookDisabledReason,
      renderLockedAction,
      recents,
      recentsStorage,
      recentsKey,
      sort,
      defaultSort,
      onSortChange,
      open,
      defaultOpen,
      onOpenChange,
      columns,
      contentProps,
      ...triggerProps
    },
    ref,
  ) {
    return (
      <AvatarPickerRoot
        value={value}
        defaultValue={defaultValue}
        onValueChange={onValueChange}
        onActiveChange={onActiveChange}
        name={name}
        required={required}
        disabled={disabled}
        labels={labels}
        filterCharacters={filterCharacters}
        filterLooks={filterLooks}
        getLookDisabledReason={getLookDisabledReason}
        renderLockedAction={renderLockedAction}
        recents={recents}
        recentsStorage={recentsStorage}
        recentsKey={recentsKey}
        sort={sort}
        defaultSort={defaultSort}
        onSortChange={onSortChange}
        // Only the trigger and the form inputs are inline: the root must not box them.
        style={{ display: 'contents' }}
      >
        <AvatarPickerDialogRoot open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
          <AvatarPickerDialogTrigger {...triggerProps} ref={ref} />
          <AvatarPickerValueNotice />
          <AvatarPickerDialogContent {...contentProps}>
            <AvatarPickerLayout columns={columns} />
          </AvatarPickerDialogContent>
        </AvatarPickerDialogRoot>
      </AvatarPickerRoot>
    );
  },
);

export const AvatarPickerDialog = Object.assign(ReadyAvatarPickerDialog, {
  Root: AvatarPickerDialogRoot,
  Trigger: AvatarPickerDialogTrigger,
  Content: AvatarPickerDialogContent,
});
