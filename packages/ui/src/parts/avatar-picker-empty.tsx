'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { createPart } from '../primitives/create-part';
import { useStoreSelector } from '../store/create-store';
import { usePickerBasics, usePickerDataContext } from '../store/picker-context';

export type AvatarPickerEmptyProps = ComponentPropsWithoutRef<'div'>;

/** Shown when there is nothing to list, saying why and what to do about it. */
export const AvatarPickerEmpty = createPart<HTMLDivElement, AvatarPickerEmptyProps>(
  'AvatarPicker.Empty',
  function AvatarPickerEmpty({ children, ...rest }, ref) {
    const { store, labels } = usePickerBasics('AvatarPicker.Empty');
    const search = useStoreSelector(store, (state) => state.search);
    const data = usePickerDataContext('AvatarPicker.Empty');
    if (data.status !== 'empty') return null;
    const messages = {
      search: labels.noResults(search.trim()),
      account: labels.emptyAccount,
      favorites: labels.emptyFavorites,
      public: labels.emptyPublic,
      recent: labels.emptyRecent,
    };
    return (
      <div data-ap-empty="" data-reason={data.reason} {...rest} ref={ref}>
        <p>{messages[data.reason]}</p>
        {data.reason === 'search' && (
          <button
            type="button"
            data-ap-clear-search=""
            onClick={() => {
              // The button disappears with the empty state; keep focus where typing continues.
              store.nodes.search?.focus();
              store.actions.setSearch('');
            }}
          >
            {labels.clearSearch}
          </button>
        )}
        {children}
      </div>
    );
  },
);
