'use client';
import type { CharacterId, Look, LookId } from '@avatar-picker/hooks';
import {
  type ComponentPropsWithoutRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { usePreviewController } from '../preview/use-preview-controller';
import { createPart } from '../primitives/create-part';
import { useControllableState } from '../primitives/use-controllable-state';
import { visuallyHidden } from '../primitives/visually-hidden';
import {
  type AvatarPickerContextValue,
  AvatarPickerProvider,
} from '../store/avatar-picker-context';
import { createStore } from '../store/create-store';
import type { AvatarPickerFilter } from '../store/filter-characters';
import type { PickerState } from '../store/picker-store';
import { useCachedLook } from '../store/use-cached-look';
import { usePickerData } from '../store/use-picker-data';
import { type AvatarPickerLabels, mergeLabels } from './default-labels';
import { PickerFormInputs } from './picker-form-inputs';

export interface AvatarPickerValueProps {
  /** The chosen look (controlled); `null` for none. */
  value?: LookId | null;
  defaultValue?: LookId | null;
  /** Called with the picked look's id and the look itself. Only active looks can be picked. */
  onValueChange?: (lookId: LookId, look: Look) => void;
  /** Submits the look id with a surrounding form under this name. */
  name?: string;
  /** Makes the surrounding form invalid until a look is picked. */
  required?: boolean;
  disabled?: boolean;
  labels?: Partial<AvatarPickerLabels>;
}

export interface AvatarPickerRootProps
  extends AvatarPickerValueProps,
    Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onChange' | 'dir'> {
  filter?: AvatarPickerFilter;
  defaultFilter?: AvatarPickerFilter;
  onFilterChange?: (filter: AvatarPickerFilter) => void;
  dir?: 'ltr' | 'rtl';
}

export const AvatarPickerRoot = createPart<HTMLDivElement, AvatarPickerRootProps>(
  'AvatarPicker.Root',
  function AvatarPickerRoot(
    {
      value: valueProp,
      defaultValue = null,
      onValueChange,
      name,
      required = false,
      disabled = false,
      labels: labelsProp,
      filter: filterProp,
      defaultFilter = 'all',
      onFilterChange,
      children,
      ...rest
    },
    ref,
  ) {
    const labels = useMemo(() => mergeLabels(labelsProp), [labelsProp]);
    const [chosen, setValue] = useControllableState<LookId | null, [Look]>({
      value: valueProp,
      defaultValue,
      onChange: (id, look) => {
        if (id !== null) onValueChange?.(id, look);
      },
    });
    // A look the cache knows to be inactive is never the value; one not loaded yet is kept.
    const value = useCachedLook(chosen)?.isActive === false ? null : chosen;
    const [filter, setFilter] = useControllableState<AvatarPickerFilter>({
      value: filterProp,
      defaultValue: defaultFilter,
      onChange: onFilterChange,
    });
    const [query, setQuery] = useState('');
    const [expandedId, setExpandedId] = useState<CharacterId | null>(null);
    const [store] = useState(() =>
      createStore<PickerState>({ activeKey: null, focusRequest: null }),
    );
    const data = usePickerData(filter, query, expandedId);
    const preview = usePreviewController();

    const [announcement, setAnnouncement] = useState('');
    const announce = useCallback((message: string) => {
      // Screen readers skip a live region whose text did not change; vary it invisibly.
      setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));
    }, []);

    const selectLook = useCallback(
      (look: Look) => {
        if (disabled || !look.isActive) return;
        setValue(look.id, look);
      },
      [disabled, setValue],
    );

    const toggleExpanded = useCallback((id: CharacterId) => {
      setExpandedId((current) => (current === id ? null : id));
    }, []);
    const requestFocus = useCallback(
      (key: string) => {
        // A new object each time: the grid tells repeated requests for one cell apart by identity.
        store.set({ activeKey: key, focusRequest: { key } });
      },
      [store],
    );
    const collapse = () => {
      if (expandedId === null) return false;
      setExpandedId(null);
      // The looks row is gone: focus goes back to the character that opened it.
      requestFocus(expandedId);
      return true;
    };

    const count = data.status === 'ready' ? data.characters.length : 0;
    const settled = data.status === 'ready' || data.status === 'empty';
    const searchKey = `${filter}\u0000${query}`;
    const lastSearchKey = useRef(searchKey);
    useEffect(() => {
      if (!settled || lastSearchKey.current === searchKey) return;
      lastSearchKey.current = searchKey;
      announce(labels.resultCount(count));
    }, [settled, searchKey, count, labels, announce]);

    // Not memoized: `data` is derived afresh on every render, so a memo would never hit. Key
    // presses do not render Root: the active cell and focus requests live in `store`.
    const context: AvatarPickerContextValue = {
      labels,
      disabled,
      value,
      selectLook,
      filter,
      setFilter,
      query,
      setQuery,
      data,
      expandedId,
      toggleExpanded,
      collapse,
      store,
      requestFocus,
      announce,
      preview,
    };

    return (
      <AvatarPickerProvider value={context}>
        <div
          data-ap-root=""
          data-state={data.status}
          data-disabled={disabled ? '' : undefined}
          {...rest}
          ref={ref}
        >
          {children}
          <div
            role="status"
            aria-live="polite"
            aria-atomic="true"
            style={visuallyHidden}
            data-ap-announcer=""
          >
            {announcement}
          </div>
          <PickerFormInputs
            value={value}
            name={name}
            required={required}
            disabled={disabled}
            onInvalid={(input) =>
              input.parentElement
                ?.querySelector<HTMLElement>('[data-ap-focus-key][tabindex="0"]')
                ?.focus()
            }
          />
        </div>
      </AvatarPickerProvider>
    );
  },
);
