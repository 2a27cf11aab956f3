'use client';
import type { ChangeEvent, ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { createPart } from '../primitives/create-part';
import { useStoreSelector } from '../store/create-store';
import { usePickerBasics } from '../store/picker-context';
import type { PickerState } from '../store/picker-store';
import {
  AVATAR_PICKER_SORTS,
  type AvatarPickerSort as AvatarPickerSortOrder,
} from '../store/sort-characters';

/** An order the user may pick; the picker keeps the API's order without one. */
export type AvatarPickerSort = AvatarPickerSortOrder;

export type AvatarPickerSortProps = Omit<
  ComponentPropsWithoutRef<'select'>,
  'value' | 'defaultValue' | 'multiple'
>;

const selectSort = (state: PickerState) => state.sort;

/**
 * The sort menu, a native `<select>` of Root's `sort` / `defaultSort`. Without children it holds
 * the API's order and Newest / Oldest / Name / Recently updated; give `<option>`s whose values are
 * sort orders (an empty value for the API's order) to choose, order or relabel them.
 */
export const AvatarPickerSort = createPart<HTMLSelectElement, AvatarPickerSortProps>(
  'AvatarPicker.Sort',
  function AvatarPickerSort({ children, ...rest }, ref) {
    const { store, labels, disabled } = usePickerBasics('AvatarPicker.Sort');
    const sort = useStoreSelector(store, selectSort);
    return (
      <select
        aria-label={labels.sort}
        disabled={disabled}
        data-ap-sort=""
        {...rest}
        ref={ref}
        value={sort ?? ''}
        onChange={composeEventHandlers(rest.onChange, (event: ChangeEvent<HTMLSelectElement>) =>
          store.actions.setSort((event.currentTarget.value || null) as AvatarPickerSort | null),
        )}
      >
        {children ?? (
          <>
            <option value="">{labels.sortDefault}</option>
            {AVATAR_PICKER_SORTS.map((order) => (
              <option key={order} value={order}>
                {labels.sortOrder[order]}
              </option>
            ))}
          </>
        )}
      </select>
    );
  },
);
