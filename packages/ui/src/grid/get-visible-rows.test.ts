import { describe, expect, it } from 'vitest';
import { getScrollTopForRow, getVisibleRows } from './get-visible-rows';

const base = { viewportHeight: 400, rowHeight: 100, overscan: 1 };

describe('getVisibleRows', () => {
  it('renders the rows in view plus the overscan', () => {
    expect(getVisibleRows({ ...base, scrollTop: 0, count: 100 })).toEqual({ start: 0, end: 5 });
    expect(getVisibleRows({ ...base, scrollTop: 250, count: 100 })).toEqual({ start: 1, end: 8 });
  });

  it('stays inside the list at its end and for short lists', () => {
    expect(getVisibleRows({ ...base, scrollTop: 9_900, count: 100 })).toEqual({
      start: 98,
      end: 100,
    });
    expect(getVisibleRows({ ...base, scrollTop: 0, count: 2 })).toEqual({ start: 0, end: 2 });
  });

  it('renders a bounded range for a huge list', () => {
    const range = getVisibleRows({ ...base, scrollTop: 1_000_000, count: 25_000 });
    expect(range).toEqual({ start: 9_999, end: 10_005 });
  });

  it('renders nothing for an empty list or a zero row height', () => {
    expect(getVisibleRows({ ...base, scrollTop: 0, count: 0 })).toEqual({ start: 0, end: 0 });
    expect(getVisibleRows({ ...base, rowHeight: 0, scrollTop: 0, count: 5 })).toEqual({
      start: 0,
      end: 0,
    });
  });
});

describe('getScrollTopForRow', () => {
  const view = { scrollTop: 1_000, viewportHeight: 400, rowHeight: 100 };

  it('scrolls up to a row above the viewport', () => {
    expect(getScrollTopForRow(5, view)).toBe(500);
  });

  it('scrolls down just enough for a row below the viewport', () => {
    expect(getScrollTopForRow(20, view)).toBe(1_700);
  });

  it('leaves a row already in view alone', () => {
    expect(getScrollTopForRow(11, view)).toBeNull();
  });
});
