import { afterEach, describe, expect, it, vi } from 'vitest';
import { UPSTREAM_TIMEOUT_MS, upstreamDeadline } from './upstream-deadline';

afterEach(() => {
  vi.useRealTimers();
});

describe('upstreamDeadline', () => {
  it('aborts once the time is up, and says so', () => {
    vi.useFakeTimers();
    const deadline = upstreamDeadline(UPSTREAM_TIMEOUT_MS);
    vi.advanceTimersByTime(UPSTREAM_TIMEOUT_MS - 1);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toMatchObject({ name: 'TimeoutError' });
    expect(deadline.timedOut()).toBe(true);
  });

  it("aborts with the caller's reason when the caller aborts, already or later", () => {
    const early = new AbortController();
    early.abort('gone');
    const already = upstreamDeadline(50, early.signal);
    expect(already.signal.reason).toBe('gone');
    already.clear();

    const caller = new AbortController();
    const deadline = upstreamDeadline(50, caller.signal);
    caller.abort('left');
    expect(deadline.signal.reason).toBe('left');
    expect(deadline.timedOut()).toBe(false);
    deadline.clear();
  });

  it('once cleared, neither the timer nor the caller aborts it', () => {
    vi.useFakeTimers();
    const caller = new AbortController();
    const deadline = upstreamDeadline(50, caller.signal);
    deadline.clear();
    expect(vi.getTimerCount()).toBe(0);
    caller.abort();
    expect(deadline.signal.aborted).toBe(false);
  });
});
