'use client';
import { type RefObject, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../primitives/use-isomorphic-layout-effect';
import type { AvatarPickerContextValue } from '../store/avatar-picker-context';
import { useStoreSelector } from '../store/create-store';
import type { FocusRequest, PickerState } from '../store/picker-store';
import type { CellPosition } from './get-next-cell';

const selectFocusRequest = (state: PickerState) => state.focusRequest;

/**
 * Fulfils focus requests: a cell whose row is virtualized away is scrolled into view first and
 * focused on the render that mounts it.
 */
export function useGridFocus({
  context,
  scrollRef,
  positions,
  scrollToRow,
}: {
  context: AvatarPickerContextValue;
  scrollRef: RefObject<HTMLElement | null>;
  positions: ReadonlyMap<string, CellPosition>;
  scrollToRow: (index: number) => void;
}): void {
  const { store } = context;
  const clearFocusRequest = () => store.set({ focusRequest: null });
  const focusRequest = useStoreSelector(store, selectFocusRequest);
  const scrolledFor = useRef<FocusRequest | null>(null);
  useIsomorphicLayoutEffect(() => {
    const grid = scrollRef.current;
    if (focusRequest === null || grid === null) return;
    const position = positions.get(focusRequest.key);
    if (position === undefined) {
      clearFocusRequest();
      return;
    }
    if (scrolledFor.current !== focusRequest) {
      scrolledFor.current = focusRequest;
      scrollToRow(position.row);
    }
    // Focus keys are avatar ids, validated to [0-9A-Za-z_:], so they are safe inside a selector.
    const element = grid.querySelector<HTMLElement>(`[data-ap-focus-key="${focusRequest.key}"]`);
    if (element === null) return;
    element.focus();
    clearFocusRequest();
  });
}
