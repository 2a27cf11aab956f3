export type RendererName = 'picker' | 'ariaGridList' | 'naive';
/** The renderers, and the DOM floor: what the machine takes for the same steps with no framework. */
export type CaseName = RendererName | 'domFloor';

/** One page load's figures; the preview figures exist for the picker only. */
export interface LoadMetrics {
  renderMs: number;
  coldStartMs: number | null;
  longTasks: number;
  maxLongTaskMs: number;
  domElements: number;
  heapMB: number;
  expandMs: number | null;
  arrowMs: number | null;
  favoriteMs: number | null;
  cellRendersPerArrow: number;
  scrollLongFrames: number;
  /**
   * Frames presented during the 3 s scroll: a renderer that blocks for long stretches shows few
   * long frames only because it shows few frames at all.
   */
  scrollFrames: number;
  maxVideos?: number;
  sweepVideoRequests?: number;
  sweepLooksRequests?: number;
  hoverVideoRequests?: number;
  /** min+gz of what the renderer adds to a consumer bundle; the same at every size. */
  gzipKB?: number;
}

export type MetricName = keyof LoadMetrics;

export interface BenchResults {
  chromium: string;
  runs: number;
  picker: Record<string, LoadMetrics>;
  ariaGridList: Record<string, LoadMetrics>;
  naive: Record<string, LoadMetrics>;
  domFloor: Record<string, LoadMetrics>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}

/** The median of each metric over several loads (a metric missing in any load stays missing). */
export function medianOfLoads(loads: readonly LoadMetrics[]): LoadMetrics {
  const first = loads[0];
  if (first === undefined) throw new Error('medianOfLoads: no loads');
  const result: Record<string, number | null> = {};
  for (const name of Object.keys(first) as MetricName[]) {
    const values = loads.map((load) => load[name]);
    if (values.some((value) => value === null || value === undefined)) {
      result[name] = null;
      continue;
    }
    const value = median(values as number[]);
    result[name] = Math.round(value * 100) / 100;
  }
  return result as unknown as LoadMetrics;
}
