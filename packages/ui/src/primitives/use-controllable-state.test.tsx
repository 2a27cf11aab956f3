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

  it('warns once in development when a prop switches between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = renderHook(
      ({ value }: { value: string | undefined }) =>
        useControllableState({ value, defaultValue: 'x', onChange: undefined, name: 'filter' }),
      { initialProps: { value: undefined as string | undefined } },
    );
    expect(warn).not.toHaveBeenCalled();
    rerender({ value: 'a' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('`filter` changed from uncontrolled to controlled');
    rerender({ value: 'b' });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
