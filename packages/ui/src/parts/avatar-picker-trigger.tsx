'use client';
import { type ComponentPropsWithoutRef, useCallback } from 'react';
import { createPart } from '../primitives/create-part';
import { mergeProps } from '../primitives/merge-props';
import { type AsChildProps, Slot } from '../primitives/slot';
import { useStoreSelector } from '../store/create-store';
import { usePicker } from '../store/picker-context';
import { useCachedLook } from '../store/use-cached-look';
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
    const { store } = usePicker('AvatarPicker.Trigger');
    const value = useStoreSelector(store, (state) => state.value);
    const picked = useStoreSelector(store, (state) => state.lastPick?.look);
    const labels = useStoreSelector(store, (state) => state.labels);
    const disabled = useStoreSelector(store, (state) => state.disabled);
    const cached = useCachedLook(value);
    // The look just picked shows at once, even before any list holding it is cached.
    const chosen = value === null ? null : picked?.id === value ? picked : cached;
    const register = useCallback(
      (node: HTMLButtonElement | null) => {
        store.nodes.trigger = node;
      },
      [store],
    );
    const Component = asChild ? Slot : 'button';
    const own = {
      type: asChild ? undefined : ('button' as const),
      'aria-label': chosen === null ? undefined : labels.chosenAvatar(chosen.name),
      disabled,
      'data-ap-trigger': '',
      'data-placeholder': chosen === null ? '' : undefined,
      ref: register,
    };
    return (
      <Component {...mergeProps(own, { ...rest, ref })}>
        {asChild || children !== undefined ? (
          children
        ) : chosen === null ? (
          labels.chooseAvatar
        ) : (
          <>
            <AvatarImage src={chosen.previewImageUrl} name={chosen.name} decorative />
            <span title={chosen.name} data-ap-name="">
              {chosen.name}
            </span>
          </>
        )}
      </Component>
    );
  },
);
