import { describe, expect, it } from 'vitest';
import type { Fault } from '../types';
import { createFaultQueue } from './create-fault-queue';

describe('createFaultQueue', () => {
  it('matches faults per route in order of addition and uses each up after `times`', () => {
    const queue = createFaultQueue();
    queue.add({ route: 'looks', status: 404 });
    queue.add({ route: 'characters', status: 500, times: 2 });
    queue.add({ route: 'characters', status: 503 });
    expect(queue.take('public')).toBeNull();
    expect(queue.take('characters')?.status).toBe(500);
    expect(queue.pending().map((fault) => [fault.status, fault.times])).toEqual([
      [404, 1],
      [500, 1],
      [503, 1],
    ]);
    expect(queue.take('characters')?.status).toBe(500);
    expect(queue.take('characters')?.status).toBe(503);
    expect(queue.take('characters')).toBeNull();
    expect(queue.take('looks')?.status).toBe(404);
    expect(queue.pending()).toEqual([]);
  });

  it("lets an 'any' fault match every route, and Infinity never runs out", () => {
    const queue = createFaultQueue();
    queue.add({ route: 'any', status: 502, times: Number.POSITIVE_INFINITY });
    for (const route of ['characters', 'media', null] as const) {
      expect(queue.take(route)?.status).toBe(502);
    }
    expect(queue.pending()).toHaveLength(1);
    queue.clear();
    expect(queue.take('characters')).toBeNull();
  });

  it.each([
    [{ route: 'everything' }, /route/],
    [{ route: 'characters', times: 0 }, /times/],
    [{ route: 'characters', times: 1.5 }, /times/],
    [{ route: 'characters', status: 418 }, /status/],
    [{ route: 'characters', body: 'xml' }, /body/],
    [{ route: 'characters', malformed: ['evil'] }, /malformed/],
    [{ route: 'characters', latencyMs: -5 }, /latencyMs/],
    [{ route: 'characters', network: 'yes' }, /network/],
    [{ route: 'characters', message: 5 }, /message/],
    [{ route: 'characters', stauts: 500 }, /unknown fields: stauts/],
    [null, /object/],
  ])('refuses %j with a clear TypeError', (fault, message) => {
    expect(() => createFaultQueue().add(fault as unknown as Fault)).toThrow(message);
  });
});
