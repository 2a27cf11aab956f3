'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { createPart } from '../primitives/create-part';
import { useAvatarPickerContext } from '../store/avatar-picker-context';

export type AvatarPickerEmptyProps = ComponentPropsWithoutRef<'div'>;

/** Shown when there is nothing to list, saying why and what to do about it. */
export const AvatarPickerEmpty = createPart<HTMLDivElement, AvatarPickerEmptyProps>(
  'AvatarPicker.Empty',
  function AvatarPickerEmpty({ children, ...rest }, ref) {
    const { data, labels, query, setQuery } = useAvatarPickerContext('AvatarPicker.Empty');
    if (data.status !== 'empty') return null;
    const messages = {
      search: labels.noResults(query.trim()),
      account: labels.emptyAccount,
      favorites: labels.emptyFavorites,
      public: labels.emptyPublic,
    };
    return (
      <div data-ap-empty="" data-reason={data.reason} {...rest} ref={ref}>
        <p>{messages[data.reason]}</p>
        {data.reason === 'search' && (
          <button
            type="button"
            data-ap-clear-search=""
            onClick={(event) => {
              // The button disappears with the empty state; keep focus where typing continues.
              event.currentTarget
                .closest('[data-ap-root]')
                ?.querySelector<HTMLInputElement>('[data-ap-search]')
                ?.focus();
              setQuery('');
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
