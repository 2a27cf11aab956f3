// `pnpm bench [--quick] [--check]`: the picker against React Aria's GridList and a naive grid in
// real Chromium, on the fake API through the proxy. Run `pnpm build` first (`pnpm bench` does).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@avatar-picker/mock-api/node';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../chromium-launch-options';
import { type BenchResults, type CaseName, type LoadMetrics, medianOfLoads } from './bench-metrics';
import { checkTargets, formatChecks, formatMetrics } from './bench-targets';
import { measureBundleSizes } from './measure-bundle-sizes';
import { measureBaselineHeap, measureLoad, type PageRenderer } from './measure-load';
import { serveBench } from './serve-bench';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (arg !== '--quick' && arg !== '--check') {
    console.error(`bench: unknown option ${arg} (use --quick, --check)`);
    process.exit(2);
  }
}
const quick = args.has('--quick');
const check = args.has('--check');
const RUNS = quick ? 1 : 5;
const SEED = '7';

// A quick run checks the picker's counts, which no peer takes part in: the peers, whose loads took
// most of its time, are for the timed comparisons of a full run.
const CASES: readonly { name: CaseName; page: PageRenderer; sizes: readonly number[] }[] = quick
  ? [{ name: 'picker', page: 'picker', sizes: [1_000, 10_000] }]
  : [
      { name: 'picker', page: 'picker', sizes: [1_000, 10_000, 100_000] },
      { name: 'ariaGridList', page: 'aria', sizes: [1_000, 10_000] },
      { name: 'naive', page: 'naive', sizes: [1_000, 10_000] },
      { name: 'domFloor', page: 'floor', sizes: [10_000] },
    ];
const SIZES = [...new Set(CASES.flatMap((entry) => entry.sizes))].sort((a, b) => a - b);

const started = Date.now();
const log = (message: string) =>
  console.log(`bench [${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

await build({ configFile: here('./vite.config.ts'), logLevel: 'warn' });
log('bench page built');

const fakes = new Map<number, MockServer>();
for (const size of SIZES) {
  fakes.set(size, await startMockServer({ port: 0, characters: size, seed: SEED }));
}
const server = await serveBench(
  here('./dist'),
  new Map([...fakes].map(([size, fake]) => [size, fake.url])),
);
const browser = await chromium.launch(chromiumLaunchOptions);

try {
  const url = (renderer: PageRenderer | 'none', size: number) =>
    `${server.origin}/?renderer=${renderer}&characters=${size}`;
  const resetFake = (size: number) => fakes.get(size)?.api.reset();

  const baselines = new Map<number, number>();
  for (const size of SIZES) {
    const heaps: number[] = [];
    // The smallest of a few loads: the baseline is only subtracted, and GC makes it settle low.
    for (let run = 0; run < Math.min(RUNS, 3); run += 1) {
      resetFake(size);
      heaps.push(await measureBaselineHeap(browser, url('none', size)));
    }
    baselines.set(size, Math.min(...heaps));
  }
  log('heap baselines measured');

  // Runs are interleaved across cases, so a slow moment of the machine hits every renderer.
  const loads = new Map<string, LoadMetrics[]>();
  for (let run = 0; run < RUNS; run += 1) {
    for (const entry of CASES) {
      for (const size of entry.sizes) {
        resetFake(size);
        const metrics = await measureLoad(
          browser,
          url(entry.page, size),
          entry.page,
          baselines.get(size) ?? 0,
        );
        const key = `${entry.name}:${size}`;
        log(`${key} rendered in ${metrics.renderMs.toFixed(0)} ms`);
        loads.set(key, [...(loads.get(key) ?? []), metrics]);
      }
    }
    log(`run ${run + 1} of ${RUNS} done`);
  }

  const gzip = await measureBundleSizes();
  const results: BenchResults = {
    chromium: browser.version(),
    runs: RUNS,
    picker: {},
    ariaGridList: {},
    naive: {},
    domFloor: {},
  };
  for (const entry of CASES) {
    for (const size of entry.sizes) {
      const metrics = medianOfLoads(loads.get(`${entry.name}:${size}`) ?? []);
      results[entry.name][size] =
        entry.name === 'domFloor' ? metrics : { ...metrics, gzipKB: gzip[entry.name] };
    }
  }

  mkdirSync(here('./results'), { recursive: true });
  const file = here(quick ? './results/quick.json' : './results/latest.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const checks = checkTargets(results);
  console.log(`\n${formatMetrics(results)}\n\n${formatChecks(checks)}\n`);
  const passed = checks.filter((entry) => entry.pass).length;
  log(`${passed} of ${checks.length} targets pass; wrote ${file}`);

  const failedCounts = checks.filter((entry) => entry.count && !entry.pass);
  if (check && failedCounts.length > 0) {
    console.error(
      `bench: count targets failed: ${failedCounts.map((entry) => entry.label).join('; ')}`,
    );
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
  for (const fake of fakes.values()) await fake.close();
}
