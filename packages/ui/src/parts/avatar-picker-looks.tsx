'use client';
import { type Character, useLooks } from '@avatar-picker/hooks';
import type { ComponentPropsWithoutRef } from 'react';
import { createPart } from '../primitives/create-part';
import { useStoreSelector } from '../store/create-store';
import { usePickerBasics } from '../store/picker-context';
import { AvatarPickerLook } from './avatar-picker-look';
import { type LooksStatus, looksStatusContent } from './looks-status';

export interface AvatarPickerLooksProps extends ComponentPropsWithoutRef<'div'> {
  character: Character;
}

/**
 * A character's looks on their own, outside the grid (the grid shows the open character's looks
 * in rows of its own): the tiles, or what stands in for them while they load, fail or are none.
 */
export const AvatarPickerLooks = createPart<HTMLDivElement, AvatarPickerLooksProps>(
  'AvatarPicker.Looks',
  function AvatarPickerLooks({ character, children, ...rest }, ref) {
    const { store, labels } = usePickerBasics('AvatarPicker.Looks');
    const offersLook = useStoreSelector(store, (state) => state.curation.filterLooks);
    const query = useLooks(character.id);
    const loaded = query.data?.items;
    const looks = loaded && offersLook ? loaded.filter(offersLook) : loaded;
    let status: LooksStatus | null = null;
    if (looks === undefined) {
      status =
        query.error === null
          ? { status: 'loading' }
          : { status: 'error', error: query.error, retry: () => void query.refetch() };
    } else if (looks.length === 0) {
      status = { status: 'empty' };
    }
    return (
      <div data-ap-looks="" data-state={status?.status ?? 'ready'} {...rest} ref={ref}>
        {status === null
          ? looks?.map((look) => <AvatarPickerLook key={look.id} look={look} />)
          : looksStatusContent(status, labels)}
        {children}
      </div>
    );
  },
);
