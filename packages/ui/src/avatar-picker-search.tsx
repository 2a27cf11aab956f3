'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useAvatarPickerContext } from './avatar-picker-context';
import { composeEventHandlers } from './compose-event-handlers';

export type AvatarPickerSearchProps = Omit<
  ComponentPropsWithoutRef<'input'>,
  'type' | 'value' | 'defaultValue'
>;

/** The search box: filters characters by name, ignoring case and accents. */
export const AvatarPickerSearch = forwardRef<HTMLInputElement, AvatarPickerSearchProps>(
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
AvatarPickerSearch.displayName = 'AvatarPicker.Search';
