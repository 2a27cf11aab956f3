import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { composeRefs } from './compose-refs';

describe('composeRefs', () => {
  it('feeds object and callback refs', () => {
    const object = createRef<string>();
    const callback = vi.fn();
    composeRefs(object, callback, undefined)('node');
    expect(object.current).toBe('node');
    expect(callback).toHaveBeenCalledWith('node');
  });

  it('returns nothing when no ref has a cleanup, so React 18 and 19 both pass null', () => {
    expect(composeRefs<string>(createRef<string>(), (_node) => undefined)('node')).toBeUndefined();
  });

  it('returns one cleanup when a ref has one, which also detaches the others (React 19)', () => {
    const object = createRef<string>();
    const cleanup = vi.fn();
    const other = vi.fn();
    const detach = composeRefs<string>(object, () => cleanup, other)('node');
    expect(typeof detach).toBe('function');
    detach?.();
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(object.current).toBeNull();
    expect(other).toHaveBeenLastCalledWith(null);
  });
});
