'use client';
import type { Character } from '@avatar-picker/hooks';
import { type ComponentPropsWithRef, useId, useMemo } from 'react';
import { usePrefetchIntent } from '../preview/use-prefetch-intent';
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
}

/** Props a character tile spreads: the cell on its root, `triggerProps` on its button. */
export interface CharacterTileProps extends ComponentPropsWithRef<'div'> {
  character: Character;
  state: CharacterTileState;
  /** The button that opens the looks; its text should be the character's name. */
  triggerProps: ComponentPropsWithRef<'button'> & { 'data-ap-character-trigger': '' };
  /** The id the trigger's description points at: give it to the element showing `looksLabel`. */
  looksLabelId: string;
}

/**
 * The state and ready props of one character tile: which cell is the tab stop, whether its looks
 * are open, and the handlers, read from the picker store for this character only.
 */
export function useCharacterCell(character: Character) {
  const { id } = character;
  const { store, labels, disabled, inGrid, isTabStop, highlighted, tabIndex, register, onFocus } =
    useCellState(id, 'AvatarPicker.Character');
  const expanded = useStoreSelector(store, (state) => state.expandedId === id);
  const prefetch = usePrefetchIntent(id);
  const looksLabelId = useId();
  const cell = useMemo<CellContextValue>(() => ({ key: id, isTabStop }), [id, isTabStop]);

  const props: Omit<CharacterTileProps, 'character'> = {
    role: inGrid ? 'gridcell' : undefined,
    'data-ap-cell': '',
    'data-ap-character': '',
    'data-ap-cell-key': id,
    'data-state': expanded ? 'open' : 'closed',
    'data-favorite': character.isFavorite ? '' : undefined,
    'data-highlighted': highlighted ? '' : undefined,
    'data-disabled': disabled ? '' : undefined,
    onPointerEnter: prefetch.onPointerEnter,
    onPointerLeave: prefetch.onPointerLeave,
    onFocus,
    state: {
      expanded,
      highlighted,
      disabled,
      looksLabel: character.looksCount === null ? null : labels.looksCount(character.looksCount),
    },
    triggerProps: {
      type: 'button',
      'aria-expanded': expanded,
      'aria-describedby': character.looksCount === null ? undefined : looksLabelId,
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
