'use client';
import { useCallback } from 'react';
import { useGridComponents } from '../grid/grid-context';
import { useStoreSelector } from '../store/create-store';
import { usePickerBasics } from '../store/picker-context';
import { registerNode } from '../store/picker-store';

/**
 * What every tile reads from the store about itself: whether it holds the grid's tab stop
 * (outside a grid each tile is its own), plus a ref that registers its focus target.
 */
export function useCellState(key: string, partName: string) {
  const basics = usePickerBasics(partName);
  const { store } = basics;
  const inGrid = useGridComponents() !== null;
  const isTabStop = useStoreSelector(store, (state) => !inGrid || state.activeKey === key);
  const register = useCallback(
    (node: HTMLElement | null) => registerNode(store.nodes.cells, key, node),
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
      if (inGrid) store.actions.setActive(key);
    },
  };
}
