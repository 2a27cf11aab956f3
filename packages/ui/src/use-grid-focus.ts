'use client';
import { type RefObject, useRef } from 'react';
import type { AvatarPickerContextValue } from './avatar-picker-context';
import type { CellPosition } from './get-next-cell';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

function findFocusable(grid: HTMLElement, key: string): HTMLElement | null {
  for (const element of grid.querySelectorAll<HTMLElement>('[data-ap-focus-key]')) {
    if (element.dataset.apFocusKey === key) return element;
  }
  return null;
}

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
  const { focusRequest, clearFocusRequest } = context;
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
    const element = findFocusable(grid, focusRequest.key);
    if (element === null) return;
    element.focus();
    clearFocusRequest();
  });
}
