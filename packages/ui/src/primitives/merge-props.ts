import type { Ref } from 'react';
import { composeRefs } from './compose-refs';

type AnyProps = Record<string, unknown>;

const isHandler = (key: string, value: unknown): value is (event: unknown) => void =>
  /^on[A-Z]/.test(key) && typeof value === 'function';

/**
 * Props for one element from a part's own (`ours`) and the consumer's (`theirs`): theirs win,
 * except that handlers chain (theirs first; ours is skipped after their `preventDefault()`),
 * styles merge, class names join and refs compose, so spreading never drops a behaviour.
 */
export function mergeProps<Ours extends object, Theirs extends object>(
  ours: Ours,
  theirs: Theirs,
): Ours & Theirs {
  const merged = { ...ours, ...theirs } as AnyProps;
  for (const [key, our] of Object.entries(ours)) {
    const their = (theirs as AnyProps)[key];
    if (their === undefined) {
      merged[key] = our;
    } else if (isHandler(key, our) && isHandler(key, their)) {
      merged[key] = (event: { defaultPrevented?: boolean } | undefined) => {
        their(event);
        if (!event?.defaultPrevented) our(event);
      };
    } else if (key === 'style') {
      merged[key] = { ...(our as object), ...(their as object) };
    } else if (key === 'className') {
      merged[key] = [our, their].filter(Boolean).join(' ');
    } else if (key === 'ref') {
      merged[key] = composeRefs(our as Ref<unknown>, their as Ref<unknown>);
    }
  }
  return merged as Ours & Theirs;
}
