'use client';
import { useAvatarById } from '@avatar-picker/hooks';
import type { ComponentPropsWithoutRef } from 'react';
import { createPart } from '../primitives/create-part';
import { mergeProps } from '../primitives/merge-props';
import { type AsChildProps, Slot } from '../primitives/slot';
import { useStoreSelector } from '../store/create-store';
import { useNodeRef, usePickerBasics } from '../store/picker-context';
import { selectValueMissing } from '../store/picker-store';
import { AvatarImage } from './avatar-image';

export interface AvatarPickerTriggerProps
  extends ComponentPropsWithoutRef<'button'>,
    AsChildProps {}

/**
 * A button showing the chosen look (or "Choose an avatar"), for opening the picker in a dialog
 * or popover: wrap it in the popup's trigger. A form that needs a look focuses it.
 */
export const AvatarPickerTrigger = createPart<HTMLButtonElement, AvatarPickerTriggerProps>(
  'AvatarPicker.Trigger',
  function AvatarPickerTrigger({ asChild, children, ...rest }, ref) {
    const { store, labels, disabled } = usePickerBasics('AvatarPicker.Trigger');
    const chosen = useStoreSelector(store, (state) => state.valueLook);
    // A saved id not named yet, still resolving or after a failed lookup: the button says a
    // look is held rather than claiming nothing is chosen (the form still sends the id).
    const unnamed = useStoreSelector(
      store,
      (state) => state.value !== null && state.valueLook === null,
    );
    const resolving = useStoreSelector(store, (state) => state.valuePending);
    const invalid = useStoreSelector(store, selectValueMissing);
    const { data: character } = useAvatarById(chosen?.characterId ?? null);
    const name = chosen === null ? null : labels.choiceName(chosen.name, character?.name ?? null);
    const register = useNodeRef(store, 'trigger');
    const Component = asChild ? Slot : 'button';
    // Your own content names the button itself; the default names it after the chosen look.
    const ownContent = asChild || children !== undefined;
    const own = {
      type: asChild ? undefined : ('button' as const),
      'aria-label': ownContent || name === null ? undefined : labels.chosenAvatar(name),
      disabled,
      'data-ap-trigger': '',
      'data-placeholder': chosen === null && !unnamed ? '' : undefined,
      'aria-busy': resolving || undefined,
      // The form was submitted without a look: the live region has said so.
      'aria-invalid': invalid || undefined,
      ref: register,
    };
    return (
      <Component {...mergeProps(own, { ...rest, ref })}>
        {ownContent ? (
          children
        ) : chosen === null || name === null ? (
          unnamed ? (
            labels.savedAvatar
          ) : (
            labels.chooseAvatar
          )
        ) : (
          <>
            <AvatarImage src={chosen.previewImageUrl} name={chosen.name} decorative />
            <span title={name} data-ap-name="">
              {name}
            </span>
          </>
        )}
      </Component>
    );
  },
);
