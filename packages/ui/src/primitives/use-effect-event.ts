'use client';
import { useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/**
 * A stable function that always calls the latest `callback` (React's `useEffectEvent` shape).
 * The ref is written in a layout effect, never during render, so a render React discards cannot
 * leave a callback from props that never committed.
 */
export function useEffectEvent<Args extends unknown[], Result>(
  callback: ((...args: Args) => Result) | undefined,
): (...args: Args) => Result | undefined {
  const latest = useRef(callback);
  useIsomorphicLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current?.(...args), []);
}
