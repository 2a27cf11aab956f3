import { describe, expect, it, vi } from 'vitest';
import { composeEventHandlers } from './compose-event-handlers';

describe('composeEventHandlers', () => {
  it('runs the user handler first, then ours', () => {
    const calls: string[] = [];
    const handler = composeEventHandlers(
      () => calls.push('theirs'),
      () => calls.push('ours'),
    );
    handler({ defaultPrevented: false });
    expect(calls).toEqual(['theirs', 'ours']);
  });

  it('skips ours when the user handler prevented the default', () => {
    const ours = vi.fn();
    const event = { defaultPrevented: false };
    composeEventHandlers((e: typeof event) => {
      e.defaultPrevented = true;
    }, ours)(event);
    expect(ours).not.toHaveBeenCalled();
  });

  it('runs ours alone when there is no user handler', () => {
    const ours = vi.fn();
    composeEventHandlers(undefined, ours)({ defaultPrevented: false });
    expect(ours).toHaveBeenCalledOnce();
  });
});
