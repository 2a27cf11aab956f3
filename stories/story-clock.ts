/**
 * A clock for the fake API that a play function can move forward, so signed video URLs expire
 * on demand instead of after real minutes.
 */
export interface StoryClock {
  now(): number;
  advanceBy(ms: number): void;
  /** Story `beforeEach`: every mount starts on real time again. */
  reset(): void;
}

export function createStoryClock(): StoryClock {
  let offsetMs = 0;
  return {
    now: () => Date.now() + offsetMs,
    advanceBy(ms) {
      offsetMs += ms;
    },
    reset() {
      offsetMs = 0;
    },
  };
}
