'use client';
import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../primitives/use-isomorphic-layout-effect';
import { useStoreSelector } from '../store/create-store';
import type { FocusRequest, PickerState, PickerStore } from '../store/picker-store';
import type { CellPositions } from './build-rows';

const selectFocusRequest = (state: PickerState) => state.focusRequest;

/**
 * Fulfils focus requests: a cell whose row is virtualized away is scrolled into view first and
 * focused on the render that mounts it; a reveal request stops after the scroll.
 */
export function useGridFocus({
  store,
  positions,
  scrollToRow,
}: {
  store: PickerStore;
  positions: CellPositions;
  scrollToRow: (index: number) => void;
}): void {
  const focusRequest = useStoreSelector(store, selectFocusRequest);
  const scrolled = useRef<{ request: FocusRequest; row: number } | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (focusRequest === null) return;
    const position = positions.get(focusRequest.key);
    if (position === undefined) {
      store.set({ focusRequest: null });
      return;
    }
    // Scrolled again when the cell's row moved before it mounted: the first measure of the
    // grid's width can change the column count in the very commit that scrolled.
    const last = scrolled.current;
    if (last?.request !== focusRequest || last.row !== position.row) {
      scrolled.current = { request: focusRequest, row: position.row };
      scrollToRow(position.row);
    }
    const element = store.nodes.cells.get(focusRequest.key);
    if (element === undefined) return;
    if (!focusRequest.reveal) element.focus();
    store.set({ focusRequest: null });
  });
}
