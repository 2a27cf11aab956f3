import type { Ref, RefCallback } from 'react';

type RefCleanup = () => void;

function setRef<T>(ref: Ref<T> | undefined, value: T | null): RefCleanup | undefined {
  if (typeof ref === 'function') {
    const cleanup = ref(value);
    return typeof cleanup === 'function' ? cleanup : undefined;
  }
  if (ref !== null && ref !== undefined) ref.current = value;
  return undefined;
}

/**
 * One ref callback that feeds every given ref (Radix's `composeRefs`). React 19 calls a returned
 * cleanup instead of calling the ref with `null`, so the composed ref returns one whenever any
 * ref did, and then detaches the others itself; React 18 ignores it and passes `null` to all.
 */
export function composeRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (node) => {
    const cleanups = refs.map((ref) => setRef(ref, node));
    if (cleanups.every((cleanup) => cleanup === undefined)) return;
    return () => {
      for (const [index, cleanup] of cleanups.entries()) {
        if (cleanup) cleanup();
        else setRef(refs[index], null);
      }
    };
  };
}
