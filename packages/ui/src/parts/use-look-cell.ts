'use client';
import type { Look } from '@avatar-picker/hooks';
import {
  type ComponentPropsWithRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useId,
  useMemo,
  useRef,
} from 'react';
import { useLookPreview } from '../preview/use-look-preview';
import { mergeProps } from '../primitives/merge-props';
import { useStoreSelector } from '../store/create-store';
import { foldQuery, nameMatches } from '../store/filter-characters';
import { lockReason } from '../store/picker-store';
import type { CellContextValue } from './cell-context';
import { useCellState } from './use-cell-state';

const INTERACTIVE = 'button, a, input, select, textarea';

export interface LookTileState {
  /** The name to show: the look's, or in Recently used its character's and its own. */
  name: string;
  /** It is the picker's value. */
  selected: boolean;
  /** Inactive looks are shown but cannot be picked. */
  available: boolean;
  /** It holds the grid's tab stop. */
  highlighted: boolean;
  disabled: boolean;
  /** Why it cannot be picked, for the tile to show; null when it can. */
  reason: string | null;
  /** For a look the product locks: what `renderLockedAction` gave, e.g. an "Upgrade" link. */
  lockedAction: ReactNode;
}

/** Props a look tile spreads on its root element, with the look and its state. */
export interface LookTileProps extends ComponentPropsWithRef<'div'> {
  look: Look;
  state: LookTileState;
  /**
   * The ids the cell's name is read from: put `nameId` on the element showing the look's name
   * and `reasonId` on the one showing `state.reason`. Naming the cell from them, not with an
   * `aria-label`, keeps its name part of its visible text whatever else the tile shows.
   */
  nameId: string;
  reasonId: string;
}

export interface LookCellOptions {
  /** The cell's key in the grid; a recent look's differs from its cell in its looks row. */
  key?: string;
  /** Shown with the look's name (`labels.choiceName`) where the character is not in view. */
  characterName?: string | null;
}

/**
 * The state and ready props of one look tile: selection, tab stop, preview on hover and focus,
 * and picking on click, Enter and Space, read from the picker store for this look only.
 */
export function useLookCell(look: Look, { key, characterName }: LookCellOptions = {}) {
  const { id } = look;
  const cellKey = key ?? id;
  const {
    store,
    preview,
    labels,
    disabled,
    inGrid,
    isTabStop,
    highlighted,
    tabIndex,
    register,
    onFocus,
    highlightHandlers,
  } = useCellState(cellKey, 'AvatarPicker.Look', look);
  const selected = useStoreSelector(store, (state) => state.value === id);
  const searchMatch = useStoreSelector(store, (state) =>
    nameMatches(look.name, foldQuery(state.search)),
  );
  const previewHostRef = useRef<HTMLSpanElement>(null);
  const nameId = useId();
  const reasonId = useId();
  const { handlers, consumeLongPress } = useLookPreview(look, preview, previewHostRef, store.nodes);
  const cell = useMemo<CellContextValue>(
    () => ({ key: cellKey, isTabStop, look, previewHostRef }),
    [cellKey, isTabStop, look],
  );
  const locked = useStoreSelector(store, (state) => lockReason(state.curation, look));
  const renderLockedAction = useStoreSelector(store, (state) => state.curation.renderLockedAction);
  const available = look.isActive && locked === null;
  const reason = look.isActive ? locked : labels.unavailable;
  const lockedAction =
    locked !== null && renderLockedAction ? renderLockedAction(look, locked) : null;

  const select = () => {
    if (available && !disabled) store.actions.selectLook(look);
  };
  const props: Omit<LookTileProps, 'look'> = {
    // Outside a grid a look is a toggle button: pressed when it is the value.
    role: inGrid ? 'gridcell' : 'button',
    'aria-labelledby': reason === null ? nameId : `${nameId} ${reasonId}`,
    'aria-selected': inGrid ? selected : undefined,
    'aria-pressed': inGrid ? undefined : selected,
    'aria-disabled': !available || disabled || undefined,
    tabIndex,
    'data-ap-cell': '',
    'data-ap-look': '',
    'data-ap-cell-key': cellKey,
    'data-state': selected ? 'checked' : 'unchecked',
    'data-disabled': !available || disabled ? '' : undefined,
    'data-favorite': look.isFavorite ? '' : undefined,
    'data-highlighted': highlighted ? '' : undefined,
    // The search found it: what a search for a look name came for.
    'data-search-match': searchMatch ? '' : undefined,
    ref: register,
    onClick: (event: MouseEvent<HTMLDivElement>) => {
      // A click on a control inside the tile (the favorite toggle) is that control's.
      const control = (event.target as Element).closest(INTERACTIVE);
      if (control !== null && control !== event.currentTarget) return;
      if (!consumeLongPress()) select();
    },
    onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
      // Keys pressed on the favorite toggle inside belong to the toggle.
      if (event.target !== event.currentTarget) return;
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      select();
    },
    ...mergeProps(handlers, highlightHandlers),
    onFocus: (event) => {
      onFocus();
      handlers.onFocus(event);
    },
    state: {
      name: characterName == null ? look.name : labels.choiceName(look.name, characterName),
      selected,
      available,
      highlighted,
      disabled,
      reason,
      lockedAction,
    },
    nameId,
    reasonId,
  } as Omit<LookTileProps, 'look'>;
  return { props, cell };
}
