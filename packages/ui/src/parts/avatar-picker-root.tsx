'use client';
import { type Character, type Look, type LookId, toLookId } from '@avatar-picker/hooks';
import { type ComponentPropsWithoutRef, useEffect, useMemo, useRef, useState } from 'react';
import { usePreviewController } from '../preview/use-preview-controller';
import { createPart } from '../primitives/create-part';
import { useControllableState } from '../primitives/use-controllable-state';
import { useEffectEvent } from '../primitives/use-effect-event';
import { useIsomorphicLayoutEffect } from '../primitives/use-isomorphic-layout-effect';
import { useStoreSelector } from '../store/create-store';
import { type AvatarPickerLabelsProp, mergeLabels } from '../store/default-labels';
import type { AvatarPickerFilter } from '../store/filter-characters';
import { PickerDataProvider, PickerProvider } from '../store/picker-context';
import { createPickerStore, type PickerCuration, type PickerState } from '../store/picker-store';
import { getRecentsStore, type PickerRecents } from '../store/recents-store';
import type { AvatarPickerSort } from '../store/sort-characters';
import { usePickerData } from '../store/use-picker-data';
import { useResolvedValue } from '../store/use-resolved-value';
import { useSavedValueEffects } from '../store/use-saved-value-effects';
import { Announcer } from './announcer';
import { BaseStyle } from './base-style';
import { PickerFormInputs } from './picker-form-inputs';

export interface AvatarPickerValueProps extends PickerCuration, PickerRecents {
  /**
   * The chosen look (controlled); `null` for none. A string read back from storage is accepted
   * as is: one without the format of a look id counts as no value (with a development warning).
   */
  value?: LookId | string | null;
  defaultValue?: LookId | string | null;
  /** Called with the picked look's id and the look itself. Only active looks can be picked. */
  onValueChange?: (lookId: LookId, look: Look) => void;
  /** Submits the look id with a surrounding form under this name. */
  name?: string;
  /** Makes the surrounding form invalid until a look is picked. */
  required?: boolean;
  disabled?: boolean;
  labels?: AvatarPickerLabelsProp;
  /**
   * Called when the avatar the user is on changes: of the tile the pointer moved onto (the last
   * one while it stays over the grid) and the tile holding focus, the one reached last, else the
   * other; `null` once both have left. Tiles a scrolling grid carries under a resting pointer
   * do not count.
   */
  onActiveChange?: (avatar: Character | Look | null) => void;
}

export interface AvatarPickerRootProps
  extends AvatarPickerValueProps,
    Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onChange' | 'dir'> {
  filter?: AvatarPickerFilter;
  defaultFilter?: AvatarPickerFilter;
  onFilterChange?: (filter: AvatarPickerFilter) => void;
  /** The search text (controlled). */
  search?: string;
  defaultSearch?: string;
  onSearchChange?: (search: string) => void;
  /**
   * The order of the characters (controlled); `null` keeps the API's: your own characters, then
   * public ones, each newest first. Searching keeps the order.
   */
  sort?: AvatarPickerSort | null;
  defaultSort?: AvatarPickerSort | null;
  onSortChange?: (sort: AvatarPickerSort | null) => void;
  dir?: 'ltr' | 'rtl';
}

const selectExpandedId = (state: PickerState) => state.expandedId;

/** Tells a developer, once per Root, that a value was dropped for not being a look id. */
function useMalformedValueWarning(given: string | null, parsed: LookId | null) {
  const warned = useRef(false);
  useEffect(() => {
    if (warned.current) return;
    if (given === null || parsed !== null) return;
    warned.current = true;
    console.warn(
      `avatar-picker: value ${JSON.stringify(given.slice(0, 40))} is not a look id and was ignored. Restore stored ids with toLookId() from @avatar-picker/hooks.`,
    );
  }, [given, parsed]);
}

/**
 * Owns the picker's state once for all its parts: value, filter, search, open looks, tab stop,
 * labels, the live region and the form inputs. Everything inside reads it from one store.
 */
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
      search: searchProp,
      defaultSearch = '',
      onSearchChange,
      onActiveChange,
      sort: sortProp,
      defaultSort = null,
      onSortChange,
      filterCharacters,
      filterLooks,
      getLookDisabledReason,
      renderLockedAction,
      recents = true,
      recentsStorage,
      recentsKey,
      children,
      ...rest
    },
    ref,
  ) {
    const recentsStore = useMemo(
      () => (recents ? getRecentsStore(recentsStorage, recentsKey) : null),
      [recents, recentsStorage, recentsKey],
    );
    const curation = useMemo<PickerCuration>(
      () => ({ filterCharacters, filterLooks, getLookDisabledReason, renderLockedAction }),
      [filterCharacters, filterLooks, getLookDisabledReason, renderLockedAction],
    );
    const labels = useMemo(() => mergeLabels(labelsProp), [labelsProp]);
    const [given, setValue] = useControllableState<LookId | string | null, [Look]>({
      value: valueProp,
      defaultValue,
      onChange: (_id, look) => onValueChange?.(look.id, look),
    });
    const chosen = toLookId(given);
    // A hook under a condition that is constant for a build, gone from production bundles.
    if (process.env.NODE_ENV !== 'production') useMalformedValueWarning(given, chosen);
    const { value, look: valueLook, unavailable, pending } = useResolvedValue(chosen, curation);
    const [filter, setFilter] = useControllableState<AvatarPickerFilter>({
      value: filterProp,
      defaultValue: defaultFilter,
      onChange: onFilterChange,
      name: 'filter',
    });
    const [search, setSearch] = useControllableState<string>({
      value: searchProp,
      defaultValue: defaultSearch,
      onChange: onSearchChange,
      name: 'search',
    });
    const [sort, setSort] = useControllableState<AvatarPickerSort | null>({
      value: sortProp,
      defaultValue: defaultSort,
      onChange: onSortChange,
      name: 'sort',
    });
    // What Root's props decide, handed to the store after each commit that changes any of it.
    const synced = useMemo(
      () => ({
        value,
        valueLook,
        valueUnavailable: unavailable,
        valuePending: pending,
        filter,
        search,
        sort,
        labels,
        disabled,
        curation,
      }),
      [value, valueLook, unavailable, pending, filter, search, sort, labels, disabled, curation],
    );
    const [store] = useState(() =>
      createPickerStore({
        ...synced,
        invalid: false,
        expandedId: null,
        activeKey: null,
        highlighted: null,
        visited: null,
        focusRequest: null,
        announcement: '',
        lastPick: null,
        recents: recentsStore,
      }),
    );
    const preview = usePreviewController();
    const context = useMemo(() => ({ store, preview }), [store, preview]);

    useIsomorphicLayoutEffect(() => {
      store.bind({ setValue, setFilter, setSearch, setSort });
    });
    useIsomorphicLayoutEffect(() => {
      const state = store.get();
      const keys = Object.keys(synced) as (keyof typeof synced)[];
      if (keys.some((key) => state[key] !== synced[key])) store.set(synced);
    }, [store, synced]);
    useIsomorphicLayoutEffect(() => {
      if (store.get().recents !== recentsStore) store.set({ recents: recentsStore });
    }, [store, recentsStore]);
    useSavedValueEffects(store);
    const notifyActive = useEffectEvent(onActiveChange);
    // A store listener, not a render: a highlight renders neither Root nor any tile.
    useEffect(() => {
      let last = store.get().highlighted?.id;
      return store.subscribe(() => {
        const { highlighted } = store.get();
        if (highlighted?.id === last) return;
        last = highlighted?.id;
        notifyActive(highlighted);
      });
    }, [store, notifyActive]);

    const expandedId = useStoreSelector(store, selectExpandedId);
    const data = usePickerData(
      filter,
      search,
      expandedId,
      curation,
      sort,
      labels.locale,
      recentsStore,
    );

    const count = data.status === 'ready' ? data.characters.length : 0;
    const settled = data.status === 'ready' || data.status === 'empty';
    const searchKey = `${filter}\u0000${search}`;
    const lastSearchKey = useRef(searchKey);
    useEffect(() => {
      if (!settled || lastSearchKey.current === searchKey) return;
      lastSearchKey.current = searchKey;
      store.actions.announce(labels.resultCount(count));
    }, [settled, searchKey, count, labels, store]);

    return (
      <PickerProvider value={context}>
        <PickerDataProvider value={data}>
          <div
            data-ap-root=""
            data-state={data.status}
            data-disabled={disabled ? '' : undefined}
            {...rest}
            ref={ref}
          >
            <BaseStyle />
            {children}
            <Announcer />
            <PickerFormInputs
              value={value}
              name={name}
              required={required}
              disabled={disabled}
              onInvalid={(event) => {
                // The browser would focus the invisible input and point its message at it; the
                // picker says it where the user chooses instead (as React Aria's fields do).
                event.preventDefault();
                const { nodes, get, set, actions } = store;
                const { activeKey, labels: said } = get();
                const cell = activeKey === null ? undefined : nodes.cells.get(activeKey);
                set({ invalid: true });
                actions.announce(said.valueRequired);
                (nodes.trigger ?? cell)?.focus();
              }}
            />
          </div>
        </PickerDataProvider>
      </PickerProvider>
    );
  },
);
