import type {
  BenchResults,
  CaseName,
  LoadMetrics,
  MetricName,
  RendererName,
} from './bench-metrics';

export interface Target {
  metric: MetricName;
  /** Character counts the target applies to (each checked on its own). */
  sizes: readonly number[];
  /** The picker's figure must be at most this (or at least, for `atLeast`). */
  max?: number;
  atLeast?: number;
  /** The picker must be at least this many times faster than the peer at the same size. */
  fasterThan?: Partial<Record<Exclude<RendererName, 'picker'>, number>>;
  /** Counts are not timing-noisy: `pnpm test` fails on these. */
  count?: boolean;
}

const ALL = [1_000, 10_000, 100_000];

/** The bench's targets (issue "Benchmarks in real Chromium"); never loosened to pass. */
export const TARGETS: readonly Target[] = [
  { metric: 'domElements', sizes: ALL, max: 350, count: true },
  { metric: 'renderMs', sizes: [10_000], max: 40, fasterThan: { naive: 25, ariaGridList: 1 } },
  { metric: 'renderMs', sizes: [100_000], max: 100 },
  { metric: 'longTasks', sizes: [10_000, 100_000], max: 0 },
  { metric: 'expandMs', sizes: [10_000], max: 40, fasterThan: { ariaGridList: 1 } },
  { metric: 'arrowMs', sizes: [10_000], max: 16, fasterThan: { ariaGridList: 1 } },
  { metric: 'favoriteMs', sizes: [10_000], max: 24, fasterThan: { ariaGridList: 1 } },
  { metric: 'cellRendersPerArrow', sizes: ALL, max: 2, count: true },
  { metric: 'scrollLongFrames', sizes: [10_000], max: 0 },
  { metric: 'heapMB', sizes: [10_000], max: 3 },
  { metric: 'maxVideos', sizes: ALL, max: 1, count: true },
  { metric: 'sweepVideoRequests', sizes: ALL, max: 0, count: true },
  { metric: 'sweepLooksRequests', sizes: ALL, max: 0, count: true },
  { metric: 'hoverVideoRequests', sizes: ALL, atLeast: 1 },
  { metric: 'coldStartMs', sizes: [10_000], max: 350 },
];

export interface TargetCheck {
  label: string;
  figure: number | null;
  ratios: string;
  /** The DOM floor's figure for the same metric and size, when the run measured it. */
  floor: number | null;
  pass: boolean;
  count: boolean;
}

const PEERS = ['ariaGridList', 'naive'] as const;

function format(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

/** Every target against the sizes this run measured; sizes it skipped are left out. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const target of TARGETS) {
    for (const size of target.sizes) {
      const picker = results.picker[size];
      if (picker === undefined) continue;
      const figure = picker[target.metric] ?? null;
      let pass = figure !== null;
      if (figure !== null && target.max !== undefined) pass &&= figure <= target.max;
      if (figure !== null && target.atLeast !== undefined) pass &&= figure >= target.atLeast;
      const ratios: string[] = [];
      for (const peer of PEERS) {
        const theirs = results[peer][size]?.[target.metric];
        if (theirs === null || theirs === undefined || figure === null) continue;
        const ratio = figure === 0 ? Number.POSITIVE_INFINITY : theirs / figure;
        ratios.push(
          `${peer === 'naive' ? 'naive' : 'aria'} ${format(theirs)} (${ratio === Number.POSITIVE_INFINITY ? '∞' : ratio.toFixed(1)}×)`,
        );
        const needed = target.fasterThan?.[peer];
        if (needed !== undefined) pass &&= ratio >= needed;
      }
      const goal = [
        target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.atLeast}`,
        ...Object.entries(target.fasterThan ?? {}).map(([peer, times]) =>
          times === 1 ? `faster than ${peer === 'naive' ? 'naive' : 'aria'}` : `${times}× naive`,
        ),
      ].join(', ');
      checks.push({
        label: `${target.metric} @${size / 1000}k ${goal}`,
        figure,
        ratios: ratios.join(', '),
        floor: results.domFloor[size]?.[target.metric] ?? null,
        pass,
        count: target.count === true,
      });
    }
  }
  return checks;
}

export function formatChecks(checks: readonly TargetCheck[]): string {
  const rows = checks.map((check) => [
    check.label,
    format(check.figure),
    check.ratios || '–',
    format(check.floor),
    check.pass ? 'pass' : 'FAIL',
  ]);
  return table(['target', 'picker', 'peers (peer ÷ picker)', 'DOM floor', ''], rows);
}

/** Every metric of every case, renderers side by side. */
export function formatMetrics(results: BenchResults): string {
  const cases: [CaseName, string, LoadMetrics][] = [];
  for (const renderer of ['picker', 'ariaGridList', 'naive', 'domFloor'] as const) {
    for (const [size, metrics] of Object.entries(results[renderer] ?? {})) {
      cases.push([renderer, size, metrics]);
    }
  }
  const names = Object.keys(cases[0]?.[2] ?? {}) as MetricName[];
  const header = [
    'metric',
    ...cases.map(([renderer, size]) => `${renderer} ${Number(size) / 1000}k`),
  ];
  const rows = names.map((name) => [name, ...cases.map(([, , metrics]) => format(metrics[name]))]);
  return table(header, rows);
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
