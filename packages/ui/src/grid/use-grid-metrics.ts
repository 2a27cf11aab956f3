'use client';
import { type RefObject, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../primitives/use-isomorphic-layout-effect';

export interface GridMetrics {
  columns: number;
  rowHeight: number;
  viewportHeight: number;
}

export interface GridMetricsDefaults {
  columns: number;
  rowHeight: number;
  viewportHeight: number;
  tileSize: number;
  gap: number;
}

function readPixels(style: CSSStyleDeclaration, name: string, fallback: number): number {
  const value = Number.parseFloat(style.getPropertyValue(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** How many tiles of at least `tileSize` fit in `width` with `gap` between them. */
export function columnsFor(width: number, tileSize: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (tileSize + gap)));
}

/**
 * Measures the grid: the column count follows its width (ResizeObserver), tile and row sizes come
 * from the `--ap-tile-size`, `--ap-gap` and `--ap-row-height` CSS variables, read once. Before
 * layout (SSR, first render) the given defaults are used.
 */
export function useGridMetrics(
  ref: RefObject<HTMLElement | null>,
  defaults: GridMetricsDefaults,
): GridMetrics {
  const { columns, rowHeight, viewportHeight, tileSize, gap } = defaults;
  const [metrics, setMetrics] = useState<GridMetrics>({ columns, rowHeight, viewportHeight });

  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const style = getComputedStyle(element);
    const tile = readPixels(style, '--ap-tile-size', tileSize);
    const space = readPixels(style, '--ap-gap', gap);
    const row = readPixels(style, '--ap-row-height', rowHeight);
    const update = (width: number, height: number) => {
      const next: GridMetrics = {
        columns: width > 0 ? columnsFor(width, tile, space) : columns,
        rowHeight: row,
        viewportHeight: height > 0 ? height : viewportHeight,
      };
      // Keep the previous object when nothing changed, so a resize does not re-render the grid.
      setMetrics((previous) =>
        previous.columns === next.columns &&
        previous.rowHeight === next.rowHeight &&
        previous.viewportHeight === next.viewportHeight
          ? previous
          : next,
      );
    };
    update(element.clientWidth, element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) update(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, columns, rowHeight, viewportHeight, tileSize, gap]);

  return metrics;
}
