import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../core/create-avatar-client';
import { spyFetch } from '../testing/spy-fetch';
import { createAvatarProxy, jsonErrorResponse, readLimitedBody } from './create-avatar-proxy';

const KEY = 'sk_test_0123456789abcdef';
const ID = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4T';
const ORIGIN = 'http://app.test';

const okList = () =>
  new Response('{"success":true,"avatars":[]}', {
    headers: {
      'content-type': 'application/json',
      'cache-control': 'private, max-age=60',
      'set-cookie': 'session=upstream',
      'x-internal-trace': 'abc',
    },
  });

function setup(response: () => Response = okList, basePath = '') {
  const upstream = spyFetch(response);
  const proxy = createAvatarProxy({
    apiKey: KEY,
    upstream: 'https://api.upstream.test/',
    basePath,
    fetch: upstream.fetch,
  });
  return { proxy, ...upstream };
}

function favoriteRequest(body: string, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/v1/avatars/${ID}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createAvatarProxy: allowed requests', () => {
  it.each([
    ['/v1/avatars', '/v1/avatars'],
    [`/v1/avatars?parent_id=${ID}`, `/v1/avatars?parent_id=${ID}`],
    ['/v1/avatars?characters_only=false', '/v1/avatars?characters_only=false'],
    ['/v1/avatars/public', '/v1/avatars/public'],
  ])('forwards GET %s', async (path, upstreamPath) => {
    const { proxy, calls } = setup();
    const response = await proxy(new Request(`${ORIGIN}${path}`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true, avatars: [] });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.url).toBe(`https://api.upstream.test${upstreamPath}`);
    expect(calls[0]?.headers.get('x-api-key')).toBe(KEY);
  });

  it('forwards a favorite update with a rebuilt body', async () => {
    const { proxy, calls } = setup(() => Response.json({ success: true }));
    const response = await proxy(favoriteRequest('{ "is_favorite" : true }'));
    expect(response.status).toBe(200);
    const call = calls[0];
    expect(call?.method).toBe('PUT');
    expect(call?.url).toBe(`https://api.upstream.test/v1/avatars/${ID}`);
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(await call?.text()).toBe('{"is_favorite":true}');
  });

  it('routes under a base path', async () => {
    const { proxy, calls } = setup(okList, '/api/avatars');
    expect((await proxy(new Request(`${ORIGIN}/api/avatars/v1/avatars/public`))).status).toBe(200);
    expect(calls[0]?.url).toBe('https://api.upstream.test/v1/avatars/public');
    expect((await proxy(new Request(`${ORIGIN}/v1/avatars/public`))).status).toBe(404);
  });

  it('sends only its own headers upstream', async () => {
    const { proxy, calls } = setup(() => Response.json({ success: true }));
    await proxy(
      favoriteRequest('{"is_favorite":false}', {
        cookie: 'session=victim',
        authorization: 'Bearer user-token',
        'x-api-key': 'attacker-key',
        'x-forwarded-for': '10.0.0.1',
        'x-custom': 'value',
        accept: 'text/html',
      }),
    );
    const headers = [...(calls[0]?.headers.entries() ?? [])];
    expect(headers.sort()).toEqual(
      [
        ['accept', 'application/json'],
        ['content-type', 'application/json'],
        ['x-api-key', KEY],
      ].sort(),
    );
  });

  it('returns only content-type, retry-after and cache-control from upstream', async () => {
    const { proxy } = setup(okList);
    const response = await proxy(new Request(`${ORIGIN}/v1/avatars`));
    expect([...response.headers.keys()].sort()).toEqual(['cache-control', 'content-type']);
  });

  it('passes error statuses, bodies and Retry-After through', async () => {
    const { proxy } = setup(
      () =>
        new Response('{"error":"Too many requests"}', {
          status: 429,
          headers: { 'retry-after': '12', 'content-type': 'application/json' },
        }),
    );
    const response = await proxy(new Request(`${ORIGIN}/v1/avatars/public`));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('12');
    expect(await response.json()).toEqual({ error: 'Too many requests' });
  });

  it('passes an empty 204 through', async () => {
    const { proxy } = setup(() => new Response(null, { status: 204 }));
    const response = await proxy(favoriteRequest('{"is_favorite":true}'));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('scrubs the key from anything upstream echoes', async () => {
    const { proxy } = setup(
      () =>
        new Response(`{"error":"Invalid API key ${KEY}"}`, {
          status: 401,
          headers: { 'content-type': 'application/json', 'cache-control': `key=${KEY}` },
        }),
    );
    const response = await proxy(new Request(`${ORIGIN}/v1/avatars`));
    const text = await response.text();
    expect(text).not.toContain(KEY);
    expect(text).toContain('[redacted]');
    expect([...response.headers.values()].join(' ')).not.toContain(KEY);
  });

  it('does not follow or expose upstream redirects', async () => {
    const { proxy, fetch } = setup(
      () => new Response(null, { status: 302, headers: { location: 'https://evil.test/' } }),
    );
    const response = await proxy(new Request(`${ORIGIN}/v1/avatars`));
    expect(fetch.mock.calls[0]?.[1]?.redirect).toBe('manual');
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
  });
});

describe('createAvatarProxy: upstream failures', () => {
  function hangingUpstream() {
    return vi.fn<FetchLike>(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
  }

  it('answers 504 when upstream is too slow', async () => {
    vi.useFakeTimers();
    const fetch = hangingUpstream();
    const proxy = createAvatarProxy({ apiKey: KEY, upstream: 'https://api.test', fetch });
    const pending = proxy(new Request(`${ORIGIN}/v1/avatars`));
    await vi.advanceTimersByTimeAsync(10_000);
    const response = await pending;
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({
      success: false,
      error: { message: 'Upstream timed out', code: 'UPSTREAM_TIMEOUT' },
    });
  });

  it('honours a custom timeout', async () => {
    vi.useFakeTimers();
    const proxy = createAvatarProxy({
      apiKey: KEY,
      upstream: 'https://api.test',
      fetch: hangingUpstream(),
      timeoutMs: 50,
    });
    const pending = proxy(new Request(`${ORIGIN}/v1/avatars`));
    await vi.advanceTimersByTimeAsync(50);
    expect((await pending).status).toBe(504);
  });

  it('answers 502 when upstream cannot be reached, without leaking details', async () => {
    const fetch = vi.fn<FetchLike>(async () => {
      throw new TypeError(`connect ECONNREFUSED with ${KEY}`);
    });
    const proxy = createAvatarProxy({ apiKey: KEY, upstream: 'https://api.test', fetch });
    const response = await proxy(new Request(`${ORIGIN}/v1/avatars`));
    expect(response.status).toBe(502);
    const body = await response.json();
    expect(body).toMatchObject({ success: false, error: { code: 'UPSTREAM_UNREACHABLE' } });
    expect(JSON.stringify(body)).not.toContain(KEY);
  });

  it('cancels the upstream call when the client goes away', async () => {
    const fetch = hangingUpstream();
    const proxy = createAvatarProxy({ apiKey: KEY, upstream: 'https://api.test', fetch });
    const client = new AbortController();
    const pending = proxy(new Request(`${ORIGIN}/v1/avatars`, { signal: client.signal }));
    client.abort();
    expect((await pending).status).toBe(499);
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });
});

describe('jsonErrorResponse', () => {
  it('answers in the API envelope shape', async () => {
    const response = jsonErrorResponse(405, 'Method not allowed', 'METHOD_NOT_ALLOWED', {
      allow: 'GET',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      success: false,
      error: { message: 'Method not allowed', code: 'METHOD_NOT_ALLOWED' },
    });
  });
});

function streamed(chunks: Uint8Array[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request('http://x.test/', { method: 'PUT', body, duplex: 'half' } as RequestInit);
}

describe('readLimitedBody', () => {
  it('reads a body within the limit', async () => {
    const request = new Request('http://x.test/', { method: 'PUT', body: '{"a":1}' });
    expect(await readLimitedBody(request, 1024)).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('reads an absent body as empty text', async () => {
    expect(await readLimitedBody(new Request('http://x.test/'), 10)).toEqual({
      ok: true,
      text: '',
    });
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const request = new Request('http://x.test/', {
      method: 'PUT',
      body: 'x',
      headers: { 'content-length': '5000' },
    });
    expect(await readLimitedBody(request, 1024)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('stops reading a streamed body once it passes the limit', async () => {
    const chunk = new Uint8Array(600);
    expect(await readLimitedBody(streamed([chunk, chunk, chunk]), 1024)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('refuses bytes that are not UTF-8', async () => {
    expect(await readLimitedBody(streamed([new Uint8Array([0xff, 0xfe])]), 10)).toEqual({
      ok: false,
      reason: 'not-utf8',
    });
  });

  it('reports a stream that breaks', async () => {
    const body = new ReadableStream({
      pull(controller) {
        controller.error(new Error('reset'));
      },
    });
    const request = new Request('http://x.test/', {
      method: 'PUT',
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await readLimitedBody(request, 10)).toEqual({ ok: false, reason: 'unreadable' });
  });
});
