'use client';
import { type ComponentPropsWithoutRef, useMemo } from 'react';
import { usePlayingId } from '../preview/use-playing-id';
import { composeRefs } from '../primitives/compose-refs';
import { createPart } from '../primitives/create-part';
import { usePicker } from '../store/picker-context';
import { useCell } from './cell-context';

export type AvatarPickerPreviewProps = Omit<ComponentPropsWithoutRef<'span'>, 'children'>;

/**
 * The slot inside a look tile that receives the picker's single shared <video> while the look
 * previews. `data-state="playing"` lets CSS fade the video over the still image.
 */
export const AvatarPickerPreview = createPart<HTMLSpanElement, AvatarPickerPreviewProps>(
  'AvatarPicker.Preview',
  function AvatarPickerPreview(props, ref) {
    const { preview } = usePicker('AvatarPicker.Preview');
    const cell = useCell();
    if (cell?.look === undefined) {
      throw new Error('<AvatarPicker.Preview> must be rendered inside a look tile.');
    }
    const { look, previewHostRef } = cell;
    const activeId = usePlayingId(preview);
    const composedRef = useMemo(() => composeRefs(previewHostRef, ref), [previewHostRef, ref]);
    return (
      <span
        aria-hidden="true"
        data-ap-preview=""
        data-state={activeId === look.id ? 'playing' : 'idle'}
        {...props}
        ref={composedRef}
      />
    );
  },
);
