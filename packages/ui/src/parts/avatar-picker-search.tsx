'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { createPart } from '../primitives/create-part';
import { mergeProps } from '../primitives/merge-props';
import { type AsChildProps, Slot } from '../primitives/slot';
import { useStoreSelector } from '../store/create-store';
import { useNodeRef, usePickerBasics } from '../store/picker-context';

export interface AvatarPickerSearchProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'value' | 'defaultValue'>,
    AsChildProps {}

/**
 * The search box: filters characters by name, ignoring case and accents. Its text is Root's
 * `search` / `defaultSearch`. ArrowDown moves focus to the grid's tab stop.
 */
export const AvatarPickerSearch = createPart<HTMLInputElement, AvatarPickerSearchProps>(
  'AvatarPicker.Search',
  function AvatarPickerSearch({ asChild, ...rest }, ref) {
    const { store, labels, disabled } = usePickerBasics('AvatarPicker.Search');
    const { actions, nodes } = store;
    const search = useStoreSelector(store, (state) => state.search);
    const register = useNodeRef(store, 'search');
    const Component = asChild ? Slot : 'input';
    const own = {
      type: 'search',
      'aria-label': labels.search,
      placeholder: labels.searchPlaceholder,
      autoComplete: 'off',
      spellCheck: false,
      disabled,
      'data-ap-search': '',
      value: search,
      ref: register,
      onChange: (event: { target: { value: string } }) => actions.setSearch(event.target.value),
      onKeyDown: (event: { key: string; preventDefault: () => void }) => {
        const { activeKey } = store.get();
        if (event.key !== 'ArrowDown' || activeKey === null || nodes.grid === null) return;
        event.preventDefault();
        actions.requestFocus(activeKey);
      },
    };
    return <Component {...mergeProps(own, { ...rest, ref })} />;
  },
);
