'use client';
import { type RefObject, useCallback, useEffect, useState } from 'react';
import { useEffectEvent } from '../primitives/use-effect-event';
import { getScrollTopForRow, getVisibleRows, type RowRange } from './get-visible-rows';

export interface RowVirtualizerOptions {
  count: number;
  rowHeight: number;
  viewportHeight: number;
  overscan: number;
}

export interface RowVirtualizer {
  range: RowRange;
  totalHeight: number;
  scrollToRow: (index: number) => void;
}

/** Windowed rendering of equal-height rows inside the scroll container `scrollRef`. */
export function useRowVirtualizer(
  scrollRef: RefObject<HTMLElement | null>,
  { count, rowHeight, viewportHeight, overscan }: RowVirtualizerOptions,
): RowVirtualizer {
  const [scrollTop, setScrollTop] = useState(0);
  const options = { count, rowHeight, viewportHeight, overscan };
  const rangeAt = useEffectEvent((top: number) => getVisibleRows({ ...options, scrollTop: top }));

  useEffect(() => {
    const element = scrollRef.current;
    if (element === null) return;
    // Re-render only when the rendered range changes, not on every scroll event.
    const onScroll = () =>
      setScrollTop((previous) => {
        const next = element.scrollTop;
        const before = rangeAt(previous);
        const after = rangeAt(next);
        return before?.start === after?.start && before?.end === after?.end ? previous : next;
      });
    onScroll();
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [scrollRef, rangeAt]);

  const scrollToRow = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (element === null) return;
      const top = getScrollTopForRow(index, {
        scrollTop: element.scrollTop,
        viewportHeight,
        rowHeight,
      });
      if (top === null) return;
      element.scrollTo({ top });
      // Render the target row now rather than on the scroll event, so focus can follow at once.
      setScrollTop(top);
    },
    [scrollRef, viewportHeight, rowHeight],
  );

  return {
    range: getVisibleRows({ scrollTop, viewportHeight, rowHeight, count, overscan }),
    totalHeight: count * rowHeight,
    scrollToRow,
  };
}
