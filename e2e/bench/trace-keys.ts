// `pnpm exec tsx e2e/bench/trace-keys.ts [renderer ...]` (default: picker floor): where the time
// of opening a character and of an ArrowDown goes, from a Chromium trace of the bench page at
// 10,000 characters, by the trace's own event names. Each step's figures also hold the runner's
// round trips and the tracing itself, alike for every renderer: compare renderers with each other,
// not with `arrowMs`. Run `pnpm build` first.
import { fileURLToPath } from 'node:url';
import { startMockServer } from '@avatar-picker/mock-api/node';
import { chromium, type Page } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../chromium-launch-options';
import { openBenchPage, type PageRenderer, SELECTORS, twoFrames } from './measure-load';
import { serveBench } from './serve-bench';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const PRESSES = 20;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const asked = process.argv.slice(2);
const isRenderer = (name: string): name is PageRenderer => name in SELECTORS;
const unknown = asked.filter((name) => !isRenderer(name));
if (unknown.length > 0) {
  console.error(
    `trace-keys: unknown renderer ${unknown.join(', ')} (use ${Object.keys(SELECTORS).join(', ')})`,
  );
  process.exit(2);
}
const renderers: PageRenderer[] = asked.length > 0 ? asked.filter(isRenderer) : ['picker', 'floor'];

/** Self time by event name on one thread: what an event spent outside the events nested in it. */
function selfTimes(events: readonly TraceEvent[], thread: TraceEvent): Map<string, number> {
  const complete = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const open: { event: TraceEvent; self: number }[] = [];
  const close = () => {
    const done = open.pop();
    if (done === undefined) return;
    totals.set(done.event.name, (totals.get(done.event.name) ?? 0) + done.self / 1000);
  };
  for (const event of complete) {
    while (open.length > 0) {
      const top = (open[open.length - 1] as { event: TraceEvent }).event;
      if (event.ts < top.ts + (top.dur ?? 0)) break;
      close();
    }
    const parent = open[open.length - 1];
    if (parent !== undefined) parent.self -= event.dur ?? 0;
    open.push({ event, self: event.dur ?? 0 });
  }
  while (open.length > 0) close();
  return totals;
}

const sum = (times: Map<string, number>) => [...times.values()].reduce((a, b) => a + b, 0);
const perStep = (ms: number, steps: number) => (ms / steps).toFixed(1);

/** The renderer's main thread by event, and how busy the other threads were, per step. */
function summarize(events: readonly TraceEvent[], steps: number): string {
  const threads = events.filter((event) => event.ph === 'M' && event.name === 'thread_name');
  const main = threads.find((event) => event.args?.name === 'CrRendererMain');
  if (main === undefined) throw new Error('trace: no renderer main thread');
  const onMain = selfTimes(events, main);
  // Raster and compositing run on other threads, and a frame is presented only after them too.
  const elsewhere = new Map<string, number>();
  for (const thread of threads) {
    if (thread === main) continue;
    const name = (thread.args?.name ?? '?').replace(/\d+$/, '');
    const busy = sum(selfTimes(events, thread));
    if (busy > 0) elsewhere.set(name, (elsewhere.get(name) ?? 0) + busy);
  }
  const others = [...elsewhere]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, ms]) => `${name} ${perStep(ms, steps)}`)
    .join(', ');
  return [
    `  main thread ${perStep(sum(onMain), steps)} ms a step; busiest other threads: ${others}`,
    ...[...onMain]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, ms]) => `  ${perStep(ms, steps).padStart(6)} ms  ${name}`),
  ].join('\n');
}

async function traced(page: Page, step: () => Promise<void>, times: number): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        '__metadata',
      ],
    },
    transferMode: 'ReportEvents',
  });
  for (let index = 0; index < times; index += 1) {
    await step();
    await twoFrames(page);
  }
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

await build({ configFile: here('./vite.config.ts'), logLevel: 'warn' });
const size = 10_000;
const fake = await startMockServer({ port: 0, characters: size, seed: '7' });
const server = await serveBench(here('./dist'), new Map([[size, fake.url]]));
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const renderer of renderers) {
    fake.api.reset();
    const { page } = await openBenchPage(
      browser,
      `${server.origin}/?renderer=${renderer}&characters=${size}`,
    );
    await page.evaluate(() => window.bench.ready());
    await page.waitForTimeout(500);
    const open = page.locator(SELECTORS[renderer].open).first();
    await open.hover();
    await page.waitForTimeout(500);
    const opening = await traced(
      page,
      async () => {
        await open.click();
        await page.locator(SELECTORS[renderer].looks).first().waitFor();
      },
      1,
    );
    console.log(`${renderer}: opening a character`);
    console.log(summarize(opening, 1));
    await open.focus();
    const arrows = await traced(page, () => page.keyboard.press('ArrowDown'), PRESSES);
    console.log(`${renderer}: ArrowDown, ${PRESSES} presses`);
    console.log(summarize(arrows, PRESSES));
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
  await fake.close();
}
