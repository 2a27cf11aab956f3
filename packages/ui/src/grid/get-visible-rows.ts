export interface VisibleRowsInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Extra rows rendered on each side so fast scrolling does not flash empty space. */
  overscan: number;
}

export interface RowRange {
  /** First rendered row index (inclusive). */
  start: number;
  /** Last rendered row index (exclusive). */
  end: number;
}

/**
 * Which rows to render for a scroll position. Every row has the same height, so the range is
 * plain arithmetic: no measuring, no per-row bookkeeping, at any list size.
 */
export function getVisibleRows({
  scrollTop,
  viewportHeight,
  rowHeight,
  count,
  overscan,
}: VisibleRowsInput): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.min(count - 1, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start + 1, last + overscan));
  return { start, end };
}

/** The scrollTop that brings row `index` fully into view, or null when it already is. */
export function getScrollTopForRow(
  index: number,
  { scrollTop, viewportHeight, rowHeight }: Omit<VisibleRowsInput, 'count' | 'overscan'>,
): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return null;
}
