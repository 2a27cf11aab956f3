import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../core/create-avatar-client';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { UNKNOWN_ID } from '../testing/lookup-fixtures';
import { rejectionOf } from '../testing/rejection-of';
import { verifyLookId } from './verify-look-id';

const OPTIONS = { apiKey: 'demo-key', upstream: 'http://fake.test' };

/** An upstream that accepts the request and never answers, until the request is aborted. */
function hangingUpstream() {
  return vi.fn<FetchLike>(
    (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('verifyLookId against an upstream that never answers', () => {
  it('resolves with reason upstream once timeoutMs has passed, and cancels the request', async () => {
    const fetch = hangingUpstream();
    const result = await verifyLookId(UNKNOWN_ID, { ...OPTIONS, fetch, timeoutMs: 20 });
    expect(result).toMatchObject({
      ok: false,
      reason: 'upstream',
      error: { name: 'AvatarApiError', kind: 'network', code: 'UPSTREAM_TIMEOUT' },
    });
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });

  it("waits the proxy's 10 s by default", async () => {
    vi.useFakeTimers();
    let outcome: unknown = 'waiting';
    void verifyLookId(UNKNOWN_ID, { ...OPTIONS, fetch: hangingUpstream() }).then((result) => {
      outcome = result;
    });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(outcome).toBe('waiting');
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toMatchObject({ ok: false, reason: 'upstream' });
  });

  it("still rejects with kind aborted when the caller's signal aborts first", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const pending = rejectionOf(
      verifyLookId(UNKNOWN_ID, { ...OPTIONS, fetch: hangingUpstream(), signal: controller.signal }),
    );
    await vi.advanceTimersByTimeAsync(5_000);
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AvatarApiError', kind: 'aborted' });
  });

  it('leaves no timer behind once the API answered', async () => {
    const { fetch } = createFakeApiClient();
    vi.useFakeTimers();
    const result = await verifyLookId(UNKNOWN_ID, { ...OPTIONS, fetch });
    expect(result).toEqual({ ok: false, reason: 'not-found' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([0, -1, Number.NaN])(
    'throws a TypeError for timeoutMs %d, before any request',
    async (timeoutMs) => {
      const fetch = hangingUpstream();
      await expect(verifyLookId(UNKNOWN_ID, { ...OPTIONS, fetch, timeoutMs })).rejects.toThrow(
        TypeError,
      );
      expect(fetch).not.toHaveBeenCalled();
    },
  );
});
