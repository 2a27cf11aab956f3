'use client';
import type { Character } from '@avatar-picker/hooks';
import { type ComponentPropsWithRef, useId, useMemo } from 'react';
import { usePrefetchIntent } from '../preview/use-prefetch-intent';
import { mergeProps } from '../primitives/merge-props';
import { useStoreSelector } from '../store/create-store';
import type { CellContextValue } from './cell-context';
import { useCellState } from './use-cell-state';

export interface CharacterTileState {
  /** Its looks are open below its row. */
  expanded: boolean;
  /** It holds the grid's tab stop. */
  highlighted: boolean;
  disabled: boolean;
  /** "12 looks", or null when the API did not say. */
  looksLabel: string | null;
  /** The chosen look is one of its looks. */
  hasSelection: boolean;
  /** What the description says while `hasSelection` ("Holds your chosen look"), else null. */
  selectionLabel: string | null;
}

/** Props a character tile spreads: the cell on its root, `triggerProps` on its button. */
export interface CharacterTileProps extends ComponentPropsWithRef<'div'> {
  character: Character;
  state: CharacterTileState;
  /** The button that opens the looks; its text should be the character's name. */
  triggerProps: ComponentPropsWithRef<'button'> & { 'data-ap-character-trigger': '' };
  /**
   * The id the trigger's description points at: give it to the element showing `looksLabel` and,
   * while `hasSelection`, `selectionLabel` (visually hidden, if you like).
   */
  looksLabelId: string;
}

/**
 * The state and ready props of one character tile: which cell is the tab stop, whether its looks
 * are open, and the handlers, read from the picker store for this character only.
 */
export function useCharacterCell(character: Character) {
  const { id } = character;
  const {
    store,
    labels,
    disabled,
    inGrid,
    isTabStop,
    highlighted,
    tabIndex,
    register,
    onFocus,
    highlightHandlers,
  } = useCellState(id, 'AvatarPicker.Character', character);
  const expanded = useStoreSelector(store, (state) => state.expandedId === id);
  const hasSelection = useStoreSelector(store, (state) => state.valueLook?.characterId === id);
  const prefetch = usePrefetchIntent(id);
  const looksLabelId = useId();
  const described = character.looksCount !== null || hasSelection;
  const cell = useMemo<CellContextValue>(() => ({ key: id, isTabStop }), [id, isTabStop]);

  const props: Omit<CharacterTileProps, 'character'> = {
    role: inGrid ? 'gridcell' : undefined,
    'data-ap-cell': '',
    'data-ap-character': '',
    'data-ap-cell-key': id,
    'data-state': expanded ? 'open' : 'closed',
    'data-favorite': character.isFavorite ? '' : undefined,
    'data-highlighted': highlighted ? '' : undefined,
    'data-has-selection': hasSelection ? '' : undefined,
    'data-disabled': disabled ? '' : undefined,
    ...mergeProps(
      { onPointerMove: prefetch.onPointerMove, onPointerLeave: prefetch.onPointerLeave },
      highlightHandlers,
    ),
    onFocus,
    state: {
      expanded,
      highlighted,
      disabled,
      looksLabel: character.looksCount === null ? null : labels.looksCount(character.looksCount),
      hasSelection,
      selectionLabel: hasSelection ? labels.holdsChoice : null,
    },
    triggerProps: {
      type: 'button',
      'aria-expanded': expanded,
      'aria-describedby': described ? looksLabelId : undefined,
      tabIndex,
      disabled,
      ref: register,
      'data-ap-character-trigger': '',
      onClick: () => store.actions.toggleExpanded(id),
      ...prefetch.focus,
    } as CharacterTileProps['triggerProps'],
    looksLabelId,
  } as Omit<CharacterTileProps, 'character'>;
  return { props, cell };
}
