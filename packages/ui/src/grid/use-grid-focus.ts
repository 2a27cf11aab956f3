'use client';
import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../primitives/use-isomorphic-layout-effect';
import { useStoreSelector } from '../store/create-store';
import type { FocusRequest, PickerState, PickerStore } from '../store/picker-store';
import type { CellPosition } from './get-next-cell';

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
  positions: ReadonlyMap<string, CellPosition>;
  scrollToRow: (index: number) => void;
}): void {
  const focusRequest = useStoreSelector(store, selectFocusRequest);
  const scrolledFor = useRef<FocusRequest | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (focusRequest === null) return;
    const position = positions.get(focusRequest.key);
    if (position === undefined) {
      store.set({ focusRequest: null });
      return;
    }
    if (scrolledFor.current !== focusRequest) {
      scrolledFor.current = focusRequest;
      scrollToRow(position.row);
    }
    if (focusRequest.reveal) {
      store.set({ focusRequest: null });
      return;
    }
    const element = store.nodes.cells.get(focusRequest.key);
    if (element === undefined) return;
    element.focus();
    store.set({ focusRequest: null });
  });
}
