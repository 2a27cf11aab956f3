'use client';
import type { Avatar } from '@avatar-picker/hooks';
import { type FocusEvent, type PointerEvent, useCallback } from 'react';
import { useGridComponents } from '../grid/grid-context';
import { useStoreSelector } from '../store/create-store';
import { usePickerBasics } from '../store/picker-context';
import { registerNode } from '../store/picker-store';

/**
 * What every tile reads from the store about itself: whether it holds the grid's tab stop
 * (outside a grid each tile is its own), plus a ref that registers its focus target and the
 * handlers that tell the store the user is on its `avatar`.
 */
export function useCellState(key: string, partName: string, avatar: Avatar | null = null) {
  const basics = usePickerBasics(partName);
  const { store } = basics;
  const { actions, nodes } = store;
  // Moving within the grid (to the next tile, or over a gap) is not leaving the avatars: the next
  // tile's own event takes over, so `onActiveChange` sees no null in between.
  const staysOnGrid = (next: EventTarget | null) =>
    next instanceof Node && nodes.grid?.contains(next) === true;
  const inGrid = useGridComponents() !== null;
  const isTabStop = useStoreSelector(store, (state) => !inGrid || state.activeKey === key);
  const register = useCallback(
    (node: HTMLElement | null) => {
      // React 18 calls with null on unmount; React 19 runs the returned cleanup instead.
      if (node === null) return store.actions.release(key);
      const unregister = registerNode(store.nodes.cells, key, node);
      return () => {
        unregister?.();
        store.actions.release(key);
      };
    },
    [store, key],
  );
  return {
    ...basics,
    inGrid,
    isTabStop,
    highlighted: inGrid && isTabStop,
    tabIndex: isTabStop && !basics.disabled ? 0 : -1,
    register,
    // Focus on the cell or on a control inside it makes the cell the tab stop.
    onFocus: () => {
      if (inGrid) actions.setActive(key);
      actions.highlight('focus', avatar, key);
    },
    highlightHandlers: {
      // Every move, not the enter: a tile scrolled under a resting pointer gets an enter and no
      // move, and a move after the keys have gone on takes the highlight back. A touch has no
      // hover: the tap's focus highlights the tile.
      onPointerMove: (event: PointerEvent<HTMLElement>) => {
        if (event.pointerType !== 'touch') actions.highlight('pointer', avatar, key);
      },
      onPointerLeave: (event: PointerEvent<HTMLElement>) => {
        if (!staysOnGrid(event.relatedTarget)) actions.highlight('pointer', null);
      },
      onBlur: (event: FocusEvent<HTMLElement>) => {
        const next = event.relatedTarget;
        if (!event.currentTarget.contains(next) && !staysOnGrid(next)) {
          actions.highlight('focus', null);
        }
      },
    },
  };
}
