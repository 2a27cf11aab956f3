import { describe, expect, it, vi } from 'vitest';
import { mergeProps } from './merge-props';

describe('mergeProps', () => {
  it('lets their plain props win and keeps ours where they give none', () => {
    expect(mergeProps({ role: 'gridcell', tabIndex: 0 }, { tabIndex: -1, id: 'x' })).toEqual({
      role: 'gridcell',
      tabIndex: -1,
      id: 'x',
    });
  });

  it('chains handlers, theirs first; their preventDefault() skips ours', () => {
    const calls: string[] = [];
    const merged = mergeProps(
      { onClick: () => calls.push('ours') },
      {
        onClick: (event: { preventDefault: () => void; defaultPrevented: boolean }) => {
          calls.push('theirs');
          event.defaultPrevented = true;
        },
      },
    );
    merged.onClick({ defaultPrevented: false, preventDefault: vi.fn() });
    expect(calls).toEqual(['theirs']);
    const plain = mergeProps(
      { onClick: () => calls.push('ours') },
      { onClick: () => calls.push('theirs') },
    );
    plain.onClick();
    expect(calls).toEqual(['theirs', 'theirs', 'ours']);
  });

  it('merges styles, joins class names and composes refs', () => {
    const ours = vi.fn();
    const theirs = vi.fn();
    const merged = mergeProps(
      { style: { color: 'red', margin: 0 }, className: 'a', ref: ours },
      { style: { color: 'blue' }, className: 'b', ref: theirs },
    );
    expect(merged.style).toEqual({ color: 'blue', margin: 0 });
    expect(merged.className).toBe('a b');
    (merged.ref as (node: string) => void)('node');
    expect(ours).toHaveBeenCalledWith('node');
    expect(theirs).toHaveBeenCalledWith('node');
  });
});
