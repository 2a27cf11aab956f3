import { renderCounter } from './render-counter';

/**
 * What the runner (`run-bench.ts`) asks of the page, through `window.bench`. Everything is timed
 * here, inside the page, against `performance.now()` (0 = navigation start).
 */
export interface BenchApi {
  /** Resolves once tiles are painted and the first preview image is decoded. */
  ready(): Promise<{ renderMs: number; coldStartMs: number | null; mountStart: number }>;
  /** Resolves once the data every renderer reads is in the cache (the heap baseline page). */
  dataLoaded(): Promise<void>;
  now(): number;
  longTasksBetween(start: number, end: number): { count: number; maxMs: number };
  domElements(): number;
  /** Scrolls to the end in `durationMs`; `frames` counts the frames presented on the way. */
  scrollToEnd(durationMs: number): Promise<{ longFrames: number; frames: number }>;
  scrollToTop(): Promise<void>;
  nextPaint(): Promise<number>;
  /** The slowest Event Timing entry of the given kind since `start`; see `interactionSince`. */
  interactionSince(start: number, kind: 'keydown' | 'click'): number | null;
  startCountingRenders(): void;
  stopCountingRenders(): number;
  maxVideos(): number;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

export interface RendererSpec {
  /** Selector of one tile; the first painted frame holding one ends `renderMs`. */
  tile: string;
  /** Display names of the components that render one tile, for the render counter. */
  tileComponents: readonly string[];
  /** The scrolling element inside the bench root. */
  scroller: string;
}

interface InputRecord {
  kind: 'keydown' | 'click';
  start: number;
  /** Event time to the next frame after the handlers ran: used when Event Timing reports nothing. */
  toNextPaint: number | null;
}

const CLICK_EVENTS = new Set(['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click']);
const LIST_PATH = /\/v1\/avatars(\/public)?$/;

function nextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      // A message posted from rAF is delivered after that frame's rendering steps.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

export function installBench(root: HTMLElement, spec: RendererSpec | null): void {
  const longTasks: { start: number; duration: number }[] = [];
  const events: PerformanceEventTiming[] = [];
  const inputs: InputRecord[] = [];
  let maxVideos = 0;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    events.push(...(list.getEntries() as PerformanceEventTiming[]));
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new MutationObserver(() => {
    maxVideos = Math.max(maxVideos, document.getElementsByTagName('video').length);
  }).observe(document.body, { childList: true, subtree: true });

  for (const kind of ['keydown', 'click'] as const) {
    window.addEventListener(
      kind,
      (event) => {
        const record: InputRecord = { kind, start: event.timeStamp, toNextPaint: null };
        inputs.push(record);
        void nextPaint().then((time) => {
          record.toNextPaint = time - record.start;
        });
      },
      { capture: true },
    );
  }

  const tilesPainted = new Promise<{ committed: number; painted: number }>((resolve) => {
    if (spec === null) return;
    const check = () => {
      if (root.querySelector(spec.tile) === null) return false;
      const committed = performance.now();
      void nextPaint().then((painted) => resolve({ committed, painted }));
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
  });

  const imageDecoded = new Promise<number>((resolve) => {
    document.addEventListener(
      'load',
      (event) => {
        const image = event.target;
        if (!(image instanceof HTMLImageElement) || !root.contains(image)) return;
        image.decode().then(
          () => resolve(performance.now()),
          () => resolve(performance.now()),
        );
      },
      { capture: true },
    );
  });

  const scroller = () => {
    const element = spec === null ? null : root.querySelector<HTMLElement>(spec.scroller);
    if (element === null) throw new Error('bench: no scroller in the page');
    return element;
  };

  const api: BenchApi = {
    async ready() {
      const { committed, painted } = await tilesPainted;
      // The list that arrived last before the tiles is the one the renderer was waiting for.
      const listEnds = performance
        .getEntriesByType('resource')
        .filter((entry) => LIST_PATH.test(new URL(entry.name).pathname))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd)
        .filter((end) => end <= committed);
      const listEnd = Math.max(...listEnds);
      const mountStart = Math.min(...listEnds);
      const decoded = await Promise.race([
        imageDecoded,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000)),
      ]);
      return { renderMs: painted - listEnd, coldStartMs: decoded, mountStart };
    },
    dataLoaded: () =>
      new Promise((resolve) => {
        const check = () => {
          if (root.dataset.benchLoaded === undefined) return false;
          resolve();
          return true;
        };
        if (check()) return;
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(root, { attributes: true });
      }),
    now: () => performance.now(),
    longTasksBetween(start, end) {
      const inside = longTasks.filter((task) => task.start >= start && task.start < end);
      return {
        count: inside.length,
        maxMs: Math.round(Math.max(0, ...inside.map((task) => task.duration))),
      };
    },
    domElements: () => root.querySelectorAll('*').length,
    scrollToEnd(durationMs) {
      const element = scroller();
      const distance = element.scrollHeight - element.clientHeight;
      return new Promise((resolve) => {
        let first: number | null = null;
        let last: number | null = null;
        let longFrames = 0;
        let frames = 0;
        const step = (time: number) => {
          frames += 1;
          if (last !== null && time - last > 50) longFrames += 1;
          last = time;
          first ??= time;
          const progress = Math.min(1, (time - first) / durationMs);
          element.scrollTop = progress * distance;
          if (progress < 1) requestAnimationFrame(step);
          else resolve({ longFrames, frames });
        };
        requestAnimationFrame(step);
      });
    },
    async scrollToTop() {
      scroller().scrollTop = 0;
      await nextPaint();
      await nextPaint();
    },
    nextPaint,
    interactionSince(start, kind) {
      const matches = (name: string) =>
        kind === 'keydown' ? name === 'keydown' : CLICK_EVENTS.has(name);
      const timed = events.filter((entry) => entry.startTime >= start && matches(entry.name));
      if (timed.length > 0) return Math.max(...timed.map((entry) => entry.duration));
      // Event Timing reports nothing under 16 ms; the input's own time to next paint stands in.
      const own = inputs.filter((input) => input.kind === kind && input.start >= start).at(-1);
      return own?.toNextPaint ?? null;
    },
    startCountingRenders() {
      renderCounter.start(spec?.tileComponents ?? []);
    },
    stopCountingRenders: () => renderCounter.stop(),
    maxVideos: () => maxVideos,
  };
  window.bench = api;
}
