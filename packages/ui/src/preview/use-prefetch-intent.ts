'use client';
import { type CharacterId, usePrefetchLooks } from '@avatar-picker/hooks';
import { useEffect, useRef } from 'react';
import { usePointerArrival } from '../primitives/use-pointer-arrival';

export const PREFETCH_INTENT_DELAY_MS = 150;

/**
 * Prefetches a character's looks when the pointer or keyboard focus rests on it: a fast sweep
 * across the grid, with the mouse or a held arrow key, fetches nothing.
 */
export function usePrefetchIntent(characterId: CharacterId) {
  const prefetchLooks = usePrefetchLooks();
  // Never reset after it fires: clearTimeout of a spent or missing timer is a no-op.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const cancel = () => clearTimeout(timer.current);
  useEffect(() => () => clearTimeout(timer.current), []);
  const start = () => {
    cancel();
    timer.current = setTimeout(() => {
      prefetchLooks(characterId);
    }, PREFETCH_INTENT_DELAY_MS);
  };
  const arrival = usePointerArrival(start);
  return {
    onPointerMove: arrival.onPointerMove,
    onPointerLeave: () => {
      arrival.onPointerLeave();
      cancel();
    },
    focus: { onFocus: start, onBlur: cancel },
  };
}
