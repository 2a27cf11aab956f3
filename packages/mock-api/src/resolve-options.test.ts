import { describe, expect, it } from 'vitest';
import { resolveOptions } from './resolve-options';

describe('resolveOptions', () => {
  it('fills the documented defaults', () => {
    const options = resolveOptions();
    expect(options).toMatchObject({
      seed: '1',
      characters: 24,
      urlTtlSeconds: 3600,
      latencyMs: 0,
      basePath: '',
      publicOrigin: null,
      publicFavorites: 'allow',
    });
    expect([...options.keys]).toEqual([
      ['demo-key', 'user_demo'],
      ['demo-key-2', 'user_demo_2'],
    ]);
  });

  it('normalizes basePath and publicOrigin', () => {
    const options = resolveOptions({
      basePath: '/api/avatars/',
      publicOrigin: 'HTTP://Example.com:80/',
    });
    expect(options.basePath).toBe('/api/avatars');
    expect(options.publicOrigin).toBe('http://example.com');
  });

  it.each([
    [{ characters: 100_001 }, /characters/],
    [{ characters: 1.5 }, /characters/],
    [{ characters: -1 }, /characters/],
    [{ urlTtlSeconds: 0 }, /urlTtlSeconds/],
    [{ latencyMs: -1 }, /latencyMs/],
    [{ latencyMs: Number.POSITIVE_INFINITY }, /latencyMs/],
    [{ basePath: 'api' }, /basePath/],
    [{ basePath: '/api?x=1' }, /basePath/],
    [{ publicOrigin: 'ftp://x.test' }, /publicOrigin/],
    [{ publicOrigin: 'https://x.test/path' }, /publicOrigin/],
    [{ publicOrigin: 'not a url' }, /publicOrigin/],
    [{ secret: '' }, /secret/],
    [{ keys: { k: '' } }, /keys/],
    [{ seed: Number.NaN }, /seed/],
    [{ publicFavorites: 'maybe' }, /publicFavorites/],
  ])('refuses %j with an error naming the option', (options, message) => {
    expect(() => resolveOptions(options as Parameters<typeof resolveOptions>[0])).toThrow(message);
  });
});
