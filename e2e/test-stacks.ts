/**
 * A stack is one fake API process plus one app server proxying to it. Each Playwright worker gets
 * its own stack (picked by `parallelIndex`) because favorites and injected faults are server
 * state: two tests sharing a fake would see each other's faults. The short-TTL stack serves the
 * one test that needs signed video URLs to expire within seconds.
 */
export interface TestStack {
  readonly apiPort: number;
  readonly appPort: number;
  readonly urlTtlSeconds: number;
}

/** Fixed seed and size so screenshots and names are the same on every run. */
export const FAKE_SEED = '7';
export const FAKE_CHARACTERS = 40;

export const WORKER_STACKS: readonly TestStack[] = [
  { apiPort: 4610, appPort: 4620, urlTtlSeconds: 3600 },
  { apiPort: 4611, appPort: 4621, urlTtlSeconds: 3600 },
];

/**
 * The fake sets `expires` to the current whole second plus the TTL, so a 1 s URL may live only a
 * few milliseconds: even the refreshed URL could be stale on arrival. 2 s leaves it at least 1 s.
 */
export const SHORT_TTL_STACK: TestStack = { apiPort: 4612, appPort: 4622, urlTtlSeconds: 2 };

export const apiOrigin = (stack: TestStack): string => `http://127.0.0.1:${stack.apiPort}`;
export const appOrigin = (stack: TestStack): string => `http://127.0.0.1:${stack.appPort}`;
/** The Next.js consumer (e2e/next-app) of a worker stack, on the same fake as its Vite app. */
export const nextAppOrigin = (stack: TestStack): string => `http://127.0.0.1:${stack.appPort + 10}`;

export function workerStack(parallelIndex: number): TestStack {
  const stack = WORKER_STACKS[parallelIndex];
  if (stack === undefined) {
    throw new Error(
      `No test stack for worker ${parallelIndex}: run with at most ${WORKER_STACKS.length} workers.`,
    );
  }
  return stack;
}
