import type { Fault, FaultRoute, MockApiFaults } from '../types';
import { validateFault } from './validate-fault';

export interface FaultQueue extends MockApiFaults {
  /** The first pending fault for this route (or 'any'), used up by one response; null if none. */
  take(route: Exclude<FaultRoute, 'any'> | null): Fault | null;
}

export function createFaultQueue(): FaultQueue {
  let queue: Array<{ fault: Fault; remaining: number }> = [];
  return {
    add(fault) {
      const valid = validateFault(fault);
      queue.push({ fault: valid, remaining: valid.times ?? 1 });
    },
    clear() {
      queue = [];
    },
    pending() {
      return queue.map(({ fault, remaining }) => ({ ...fault, times: remaining }));
    },
    take(route) {
      const entry = queue.find(({ fault }) => fault.route === 'any' || fault.route === route);
      if (!entry) return null;
      entry.remaining--;
      if (entry.remaining <= 0) queue = queue.filter((other) => other !== entry);
      return entry.fault;
    },
  };
}
