const QUERY = /prefers-reduced-motion:\s*reduce/;

export interface ReducedMotionEmulation {
  /**
   * Story `beforeEach`: scripts see `prefers-reduced-motion: reduce` as they would with the OS
   * setting on; the real `matchMedia` comes back when the story unmounts.
   */
  beforeEach(): () => void;
  /** Turns the emulated preference on or off mid-story. */
  set(reduce: boolean): void;
}

/**
 * Emulates the reduced-motion preference for scripts. CSS media queries still follow the
 * browser: emulate them in DevTools (Rendering panel) to review the styles.
 */
export function emulateReducedMotion(): ReducedMotionEmulation {
  let reduce = true;
  return {
    beforeEach() {
      reduce = true;
      const original = window.matchMedia;
      window.matchMedia = (query: string) => {
        const result = original.call(window, query);
        if (!QUERY.test(query)) return result;
        // A proxy keeps the real list's methods working (they throw when called on another object).
        return new Proxy(result, {
          get(target, property) {
            if (property === 'matches') return reduce || target.matches;
            const value: unknown = Reflect.get(target, property, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      };
      return () => {
        window.matchMedia = original;
      };
    },
    set(next) {
      reduce = next;
    },
  };
}
