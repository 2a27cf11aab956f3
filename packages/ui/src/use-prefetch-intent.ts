'use client';
import { type CharacterId, usePrefetchLooks } from '@avatar-picker/hooks';
import { useEffect, useRef } from 'react';

export const PREFETCH_INTENT_DELAY_MS = 150;

/**
 * Prefetches a character's looks when the pointer rests on it (a fast sweep across the grid
 * fetches nothing) or at once when it gets keyboard focus.
 */
export function usePrefetchIntent(characterId: CharacterId) {
  const prefetchLooks = usePrefetchLooks();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancel = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return {
    onPointerEnter: () => {
      cancel();
      timer.current = setTimeout(() => {
        timer.current = null;
        prefetchLooks(characterId);
      }, PREFETCH_INTENT_DELAY_MS);
    },
    onPointerLeave: cancel,
    onFocus: () => {
      cancel();
      prefetchLooks(characterId);
    },
  };
}
