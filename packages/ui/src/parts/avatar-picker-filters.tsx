'use client';
import type { ComponentPropsWithoutRef, KeyboardEvent } from 'react';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { createPart } from '../primitives/create-part';
import { isRtl } from '../primitives/is-rtl';
import { mergeProps } from '../primitives/merge-props';
import { type AsChildProps, Slot } from '../primitives/slot';
import { useStoreSelector } from '../store/create-store';
import { AVATAR_PICKER_FILTERS, type AvatarPickerFilter } from '../store/filter-characters';
import { usePickerBasics } from '../store/picker-context';

export type AvatarPickerFiltersProps = ComponentPropsWithoutRef<'div'>;

export interface AvatarPickerFiltersItemProps
  extends ComponentPropsWithoutRef<'button'>,
    AsChildProps {
  value: AvatarPickerFilter;
}

const STEP_BY_KEY: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/**
 * A filter as a radio button of the `Filters` group: checked when it is the picker's filter.
 * Only the checked one is tabbable; arrow keys in the group move and select, like native radios.
 */
export const AvatarPickerFiltersItem = createPart<HTMLButtonElement, AvatarPickerFiltersItemProps>(
  'AvatarPicker.Filters.Item',
  function AvatarPickerFiltersItem({ value, asChild, ...rest }, ref) {
    const { store, disabled } = usePickerBasics('AvatarPicker.Filters.Item');
    const checked = useStoreSelector(store, (state) => state.filter === value);
    const Component = asChild ? Slot : 'button';
    const own = {
      type: asChild ? undefined : ('button' as const),
      role: 'radio',
      'aria-checked': checked,
      tabIndex: checked ? 0 : -1,
      disabled,
      'data-state': checked ? 'checked' : 'unchecked',
      'data-value': value,
      onClick: () => store.actions.setFilter(value),
    };
    return <Component {...mergeProps(own, { ...rest, ref })} />;
  },
);

/**
 * The filters as a radio group: one tab stop, arrow keys move and select. Without children it
 * holds All / Recent / Favorites / Mine / Public (Recent unless `recents={false}`); give
 * `Filters.Item`s to choose, order or relabel them.
 */
export const AvatarPickerFilters = createPart<HTMLDivElement, AvatarPickerFiltersProps>(
  'AvatarPicker.Filters',
  function AvatarPickerFilters({ children, ...rest }, ref) {
    const { store, labels, disabled } = usePickerBasics('AvatarPicker.Filters');
    const remembers = useStoreSelector(store, (state) => state.recents !== null);
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      const { key } = event;
      if (!(key in STEP_BY_KEY) && key !== 'Home' && key !== 'End') return;
      // The group's own items in DOM order, as cmdk walks its items: whatever `Filters.Item`s
      // the consumer rendered, in their order.
      const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]')];
      const count = items.length;
      if (count === 0) return;
      event.preventDefault();
      const filter = store.get().filter;
      const current = Math.max(
        0,
        items.findIndex((item) => item.dataset.value === filter),
      );
      const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
      const step = (STEP_BY_KEY[key] ?? 0) * (isRtl(event.currentTarget) && horizontal ? -1 : 1);
      const index =
        key === 'Home' ? 0 : key === 'End' ? count - 1 : (current + step + count) % count;
      const item = items[index];
      if (item === undefined) return;
      store.actions.setFilter(item.dataset.value as AvatarPickerFilter);
      item.focus();
    };

    return (
      <div
        role="radiogroup"
        aria-label={labels.filters}
        aria-disabled={disabled || undefined}
        data-ap-filters=""
        {...rest}
        ref={ref}
        onKeyDown={composeEventHandlers(rest.onKeyDown, onKeyDown)}
      >
        {children ??
          AVATAR_PICKER_FILTERS.map(
            (option) =>
              (remembers || option !== 'recent') && (
                <AvatarPickerFiltersItem key={option} value={option}>
                  {labels.filter[option]}
                </AvatarPickerFiltersItem>
              ),
          )}
      </div>
    );
  },
);
