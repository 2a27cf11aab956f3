'use client';
import type { ComponentPropsWithoutRef, KeyboardEvent } from 'react';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { createPart } from '../primitives/create-part';
import { isRtl } from '../primitives/is-rtl';
import { useAvatarPickerContext } from '../store/avatar-picker-context';
import { AVATAR_PICKER_FILTERS, type AvatarPickerFilter } from '../store/filter-characters';

export type AvatarPickerFiltersProps = ComponentPropsWithoutRef<'div'>;

const STEP_BY_KEY: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

function nextFilter(current: AvatarPickerFilter, key: string, rtl: boolean): AvatarPickerFilter {
  const count = AVATAR_PICKER_FILTERS.length;
  const index = AVATAR_PICKER_FILTERS.indexOf(current);
  if (key === 'Home') return AVATAR_PICKER_FILTERS[0] ?? current;
  if (key === 'End') return AVATAR_PICKER_FILTERS[count - 1] ?? current;
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  const step = (STEP_BY_KEY[key] ?? 0) * (rtl && horizontal ? -1 : 1);
  return AVATAR_PICKER_FILTERS[(index + step + count) % count] ?? current;
}

/**
 * All / Favorites / Mine / Public as a radio group: one tab stop, arrow keys move and select,
 * like native radio buttons.
 */
export const AvatarPickerFilters = createPart<HTMLDivElement, AvatarPickerFiltersProps>(
  'AvatarPicker.Filters',
  function AvatarPickerFilters(props, ref) {
    const { filter, setFilter, labels, disabled } = useAvatarPickerContext('AvatarPicker.Filters');

    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (!(event.key in STEP_BY_KEY) && event.key !== 'Home' && event.key !== 'End') return;
      event.preventDefault();
      const next = nextFilter(filter, event.key, isRtl(event.currentTarget));
      setFilter(next);
      event.currentTarget.querySelector<HTMLElement>(`[data-value="${next}"]`)?.focus();
    };

    return (
      <div
        role="radiogroup"
        aria-label={labels.filters}
        aria-disabled={disabled || undefined}
        data-ap-filters=""
        {...props}
        ref={ref}
        onKeyDown={composeEventHandlers(props.onKeyDown, onKeyDown)}
      >
        {AVATAR_PICKER_FILTERS.map((option) => {
          const checked = option === filter;
          return (
            // biome-ignore lint/a11y/useSemanticElements: Radix-style radio buttons, styled freely and keyboard-managed by the group
            <button
              key={option}
              type="button"
              role="radio"
              aria-checked={checked}
              tabIndex={checked ? 0 : -1}
              disabled={disabled}
              data-state={checked ? 'checked' : 'unchecked'}
              data-value={option}
              onClick={() => setFilter(option)}
            >
              {labels.filter[option]}
            </button>
          );
        })}
      </div>
    );
  },
);
