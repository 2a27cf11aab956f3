'use client';
import { type RefObject, useRef } from 'react';
import type { AvatarPickerContextValue } from './avatar-picker-context';
import type { CellLocator } from './create-cell-locator';
import { useStoreSelector } from './store/create-store';
import type { PickerState } from './store/picker-store';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

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
  positions: CellLocator;
  scrollToRow: (index: number) => void;
}): void {
  const { store, clearFocusRequest } = context;
  const focusRequest = useStoreSelector(store, selectFocusRequest);
  const scrolledFor = useRef<number | null>(null);
  useIsomorphicLayoutEffect(() => {
    const grid = scrollRef.current;
    if (focusRequest === null || grid === null) return;
    const position = positions.get(focusRequest.key);
    if (position === undefined) {
      clearFocusRequest();
      return;
    }
    if (scrolledFor.current !== focusRequest.sequence) {
      scrolledFor.current = focusRequest.sequence;
      scrollToRow(position.row);
    }
    // Focus keys are avatar ids, validated to [0-9A-Za-z_:], so they are safe inside a selector.
    const element = grid.querySelector<HTMLElement>(`[data-ap-focus-key="${focusRequest.key}"]`);
    if (element === null) return;
    element.focus();
    clearFocusRequest();
  });
}
