import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from './use-controllable-state';

describe('useControllableState', () => {
  it('keeps its own state when uncontrolled and reports changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState<string | null, [string]>({
        value: undefined,
        defaultValue: null,
        onChange,
      }),
    );
    act(() => result.current[1]('a', 'extra'));
    expect(result.current[0]).toBe('a');
    expect(onChange).toHaveBeenCalledWith('a', 'extra');
  });

  it('follows the value prop when controlled and only asks for changes', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ value }) => useControllableState({ value, defaultValue: 'x', onChange }),
      { initialProps: { value: 'a' } },
    );
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('a');
    expect(onChange).toHaveBeenCalledWith('b');
    rerender({ value: 'b' });
    expect(result.current[0]).toBe('b');
  });

  it('does not call onChange when the value does not change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState({ value: undefined, defaultValue: 'a', onChange }),
    );
    act(() => result.current[1]('a'));
    expect(onChange).not.toHaveBeenCalled();
  });
});
