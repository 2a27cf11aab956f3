'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { createPart } from '../primitives/create-part';
import { useAvatarPickerContext } from '../store/avatar-picker-context';

export type AvatarPickerSearchProps = Omit<
  ComponentPropsWithoutRef<'input'>,
  'type' | 'value' | 'defaultValue'
>;

/** The search box: filters characters by name, ignoring case and accents. */
export const AvatarPickerSearch = createPart<HTMLInputElement, AvatarPickerSearchProps>(
  'AvatarPicker.Search',
  function AvatarPickerSearch(props, ref) {
    const { query, setQuery, labels, disabled } = useAvatarPickerContext('AvatarPicker.Search');
    return (
      <input
        type="search"
        aria-label={labels.search}
        placeholder={labels.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        data-ap-search=""
        {...props}
        ref={ref}
        value={query}
        onChange={composeEventHandlers(props.onChange, (event) => setQuery(event.target.value))}
      />
    );
  },
);
