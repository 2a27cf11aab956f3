'use client';
import type { Character } from '@avatar-picker/hooks';
import { type ComponentPropsWithRef, useCallback, useId, useMemo } from 'react';
import { useGridComponents } from '../grid/grid-context';
import { usePrefetchIntent } from '../preview/use-prefetch-intent';
import { useStoreSelector } from '../store/create-store';
import { usePicker } from '../store/picker-context';
import { registerNode } from '../store/picker-store';
import type { CellContextValue } from './cell-context';

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
  const { store } = usePicker('AvatarPicker.Character');
  const { actions, nodes } = store;
  const inGrid = useGridComponents() !== null;
  const { id } = character;
  const isTabStop = useStoreSelector(store, (state) => !inGrid || state.activeKey === id);
  const expanded = useStoreSelector(store, (state) => state.expandedId === id);
  const disabled = useStoreSelector(store, (state) => state.disabled);
  const labels = useStoreSelector(store, (state) => state.labels);
  const prefetch = usePrefetchIntent(id);
  const looksLabelId = useId();
  const register = useCallback(
    (node: HTMLButtonElement | null) => registerNode(nodes.cells, id, node),
    [nodes, id],
  );
  const highlighted = inGrid && isTabStop;
  const tabIndex = isTabStop && !disabled ? 0 : -1;
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
    // Focus on the trigger or the favorite toggle inside makes this cell the tab stop.
    onFocus: () => {
      if (inGrid) actions.setActive(id);
    },
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
      onClick: () => actions.toggleExpanded(id),
      ...prefetch.focus,
    } as CharacterTileProps['triggerProps'],
    looksLabelId,
  } as Omit<CharacterTileProps, 'character'>;
  return { props, cell };
}
