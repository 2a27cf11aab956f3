'use client';
import { useCallback, useRef, useState } from 'react';

export interface UseControllableStateOptions<T, Args extends unknown[]> {
  value: T | undefined;
  defaultValue: T;
  onChange: ((value: T, ...args: Args) => void) | undefined;
}

/**
 * State that the parent may own (`value` given) or leave to the component (`defaultValue`).
 * Extra arguments given to the setter are passed through to `onChange` (e.g. the picked look).
 */
export function useControllableState<T, Args extends unknown[] = []>({
  value,
  defaultValue,
  onChange,
}: UseControllableStateOptions<T, Args>): [T, (next: T, ...args: Args) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : uncontrolled;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const currentRef = useRef(current);
  currentRef.current = current;

  const setValue = useCallback(
    (next: T, ...args: Args) => {
      if (!isControlled) setUncontrolled(next);
      if (!Object.is(next, currentRef.current)) onChangeRef.current?.(next, ...args);
    },
    [isControlled],
  );
  return [current, setValue];
}
