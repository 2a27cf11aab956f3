'use client';
import { type PointerEvent, useRef } from 'react';

/**
 * Calls `onArrive` when a mouse or pen moves onto the element, not when the element moves under a
 * resting pointer. A grid scrolled by keys or the wheel fires `pointerenter` on every tile that
 * passes beneath the pointer, but no `pointermove` (in Chromium: 112 enters and 0 moves over 30
 * ArrowDowns with the pointer left on the grid). Hover intent started by those would highlight,
 * prefetch and preview tiles the user never pointed at. A touch has no hover and never arrives.
 */
export function usePointerArrival(onArrive: () => void) {
  const inside = useRef(false);
  return {
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (inside.current || event.pointerType === 'touch') return;
      inside.current = true;
      onArrive();
    },
    onPointerLeave: () => {
      inside.current = false;
    },
  };
}
