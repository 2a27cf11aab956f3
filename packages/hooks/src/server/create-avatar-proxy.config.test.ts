import { describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../core/create-avatar-client';
import { createAvatarProxy } from './create-avatar-proxy';

const KEY = 'sk_test_0123456789abcdef';

describe('createAvatarProxy: configuration', () => {
  it.each([undefined, '', '   '])('throws without an API key (%j)', (apiKey) => {
    expect(() =>
      createAvatarProxy({ apiKey: apiKey as string, upstream: 'https://api.test' }),
    ).toThrow(/apiKey is required/);
  });

  it('throws on a key that cannot be a header value', () => {
    expect(() => createAvatarProxy({ apiKey: 'a\r\nb', upstream: 'https://api.test' })).toThrow(
      /not allowed in a header/,
    );
  });

  it.each(['ftp://api.test', 'api.test', 'https://api.test?x=1', ''])(
    'throws on upstream %j',
    (upstream) => {
      expect(() => createAvatarProxy({ apiKey: KEY, upstream })).toThrow(/upstream/);
    },
  );

  it.each(['api', '/api/../x', '/a b'])('throws on base path %j', (basePath) => {
    expect(() =>
      createAvatarProxy({ apiKey: KEY, upstream: 'https://api.test', basePath }),
    ).toThrow(/basePath/);
  });

  it.each([
    [undefined, ''],
    ['/', ''],
    ['/api/avatars/', '/api/avatars'],
  ])('exposes base path %j as %j for adapters that route by path', (basePath, expected) => {
    expect(
      createAvatarProxy({ apiKey: KEY, upstream: 'https://api.test', basePath }).basePath,
    ).toBe(expected);
  });

  it.each([0, -1, Number.NaN])('throws on timeout %d', (timeoutMs) => {
    expect(() =>
      createAvatarProxy({ apiKey: KEY, upstream: 'https://api.test', timeoutMs }),
    ).toThrow(/timeoutMs/);
  });

  it('looks up the global fetch per request', async () => {
    const proxy = createAvatarProxy({ apiKey: KEY, upstream: 'https://api.test' });
    const patched = vi.fn<FetchLike>(async () => Response.json({ success: true, avatars: [] }));
    vi.stubGlobal('fetch', patched);
    try {
      expect((await proxy(new Request('http://app.test/v1/avatars'))).status).toBe(200);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(patched).toHaveBeenCalledOnce();
  });
});
