'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEffectEvent } from './use-effect-event';

export interface UseControllableStateOptions<T, Args extends unknown[]> {
  value: T | undefined;
  defaultValue: T;
  onChange: ((value: T, ...args: Args) => void) | undefined;
  /** Names the prop in the development warning about switching between controlled and not. */
  name?: string;
}

/**
 * State that the parent may own (`value` given) or leave to the component (`defaultValue`).
 * Extra arguments given to the setter are passed through to `onChange` (e.g. the picked look).
 */
export function useControllableState<T, Args extends unknown[] = []>({
  value,
  defaultValue,
  onChange,
  name = 'value',
}: UseControllableStateOptions<T, Args>): [T, (next: T, ...args: Args) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : uncontrolled;
  const notify = useEffectEvent(onChange);
  const currentRef = useRef(current);
  useEffect(() => {
    currentRef.current = current;
  });

  // The build's mode never changes while it runs, so the hook is either always called or never.
  if (process.env.NODE_ENV !== 'production') useControlSwitchWarning(isControlled, name);

  const setValue = useCallback(
    (next: T, ...args: Args) => {
      if (!isControlled) setUncontrolled(next);
      if (!Object.is(next, currentRef.current)) notify(next, ...args);
    },
    [isControlled, notify],
  );
  return [current, setValue];
}

/** Warns when a prop switches between controlled and uncontrolled, as React's own inputs do. */
function useControlSwitchWarning(isControlled: boolean, name: string) {
  const wasControlled = useRef(isControlled);
  useEffect(() => {
    if (wasControlled.current !== isControlled) {
      const [from, to] = isControlled
        ? ['uncontrolled', 'controlled']
        : ['controlled', 'uncontrolled'];
      console.warn(
        `avatar-picker: \`${name}\` changed from ${from} to ${to}. Pass \`${name}\` on every render (null for none) or never; keep \`default${name[0]?.toUpperCase()}${name.slice(1)}\` for an uncontrolled start.`,
      );
    }
    wasControlled.current = isControlled;
  }, [isControlled, name]);
}
