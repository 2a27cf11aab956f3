import { describe, expect, it, vi } from 'vitest';
import { createMockApi } from '../create-mock-api';
import type { Fault, MockApi, WireAvatar } from '../types';

const get = (api: MockApi, path = '/v1/avatars') =>
  api.fetch(`http://api.test${path}`, { headers: { 'x-api-key': 'demo-key' } });

const withFault = (fault: Fault) => {
  const api = createMockApi({ characters: 8 });
  api.faults.add(fault);
  return api;
};

describe('error faults', () => {
  it('answer the envelope shape by default, then the real response', async () => {
    const api = withFault({
      route: 'characters',
      status: 500,
      suggestion: 'Retry later',
      code: 'E_X',
    });
    const failed = await get(api);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({
      success: false,
      error: { message: 'Internal server error', suggestion: 'Retry later', code: 'E_X' },
    });
    expect((await get(api)).status).toBe(200);
  });

  it.each([
    [401, 'Invalid API key'],
    [403, 'Access denied'],
    [404, 'Avatar not found'],
    [429, 'Too many requests'],
    [500, 'Internal server error'],
  ] as const)('use the default message for %i in the bare shape', async (status, message) => {
    const response = await get(withFault({ route: 'characters', status, body: 'bare' }));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: message });
  });

  it('answer an empty body or an HTML gateway page', async () => {
    const empty = await get(withFault({ route: 'characters', status: 503, body: 'empty' }));
    expect(empty.status).toBe(503);
    expect(await empty.text()).toBe('');
    const html = await get(withFault({ route: 'characters', status: 502, body: 'html' }));
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toBe('<html><body><h1>502 Bad Gateway</h1></body></html>');
  });

  it('set Retry-After and a custom message', async () => {
    const response = await get(
      withFault({ route: 'characters', status: 429, retryAfterSeconds: 30, message: 'Slow down' }),
    );
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toMatchObject({ error: { message: 'Slow down' } });
  });

  it('only hit their own route', async () => {
    const api = withFault({ route: 'update', status: 500 });
    expect((await get(api)).status).toBe(200);
    expect((await get(api, '/v1/avatars/public')).status).toBe(200);
    const [row] = ((await (await get(api)).json()) as { avatars: WireAvatar[] }).avatars;
    const put = await api.fetch(`http://api.test/v1/avatars/${row?.avatar_id}`, {
      method: 'PUT',
      headers: { 'x-api-key': 'demo-key' },
      body: '{"is_favorite":true}',
    });
    expect(put.status).toBe(500);
  });

  it('distinguish characters, all and looks lists', async () => {
    const api = withFault({ route: 'all', status: 500 });
    expect((await get(api)).status).toBe(200);
    expect((await get(api, '/v1/avatars?parent_id=avat_01H3Z8G9YR3K2N5M6P7Q8W4TAB')).status).toBe(
      200,
    );
    expect((await get(api, '/v1/avatars?characters_only=false')).status).toBe(500);
  });

  it('hit media too', async () => {
    const api = createMockApi({ characters: 1 });
    const [row] = ((await (await get(api)).json()) as { avatars: WireAvatar[] }).avatars;
    api.faults.add({ route: 'media', status: 403 });
    expect((await api.fetch(row?.preview_img_url ?? '')).status).toBe(403);
    expect((await api.fetch(row?.preview_img_url ?? '')).status).toBe(200);
  });
});

describe('network and latency faults', () => {
  it('make fetch reject with TypeError("Failed to fetch")', async () => {
    const api = withFault({ route: 'public', network: true, times: 2 });
    await expect(get(api, '/v1/avatars/public')).rejects.toThrow(new TypeError('Failed to fetch'));
    await expect(get(api, '/v1/avatars/public')).rejects.toBeInstanceOf(TypeError);
    expect((await get(api, '/v1/avatars/public')).status).toBe(200);
  });

  it('add latency to the matched response only', async () => {
    vi.useFakeTimers();
    try {
      const api = withFault({ route: 'characters', latencyMs: 300 });
      let done = false;
      const slow = get(api).then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(299);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await slow;
      expect(done).toBe(true);
      expect((await get(api)).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('malformed faults', () => {
  const rowsOf = async (api: MockApi, path = '/v1/avatars') =>
    ((await (await get(api, path)).json()) as { avatars: Array<Record<string, unknown>> }).avatars;

  it('corrupt the first rows in order and keep the rest valid', async () => {
    const api = createMockApi({ characters: 8 });
    const clean = await rowsOf(api);
    api.faults.add({
      route: 'characters',
      malformed: [
        'wrong-types',
        'missing-fields',
        'javascript-url',
        'data-url',
        'long-name',
        'html-name',
      ],
    });
    const rows = await rowsOf(api);
    expect(rows[0]).toMatchObject({ is_favorite: 'yes', looks_count: '3', name: 42 });
    expect(rows[1]).not.toHaveProperty('avatar_id');
    expect(rows[1]).not.toHaveProperty('name');
    expect(rows[2]?.preview_img_url).toBe('javascript:alert(1)');
    expect(String(rows[3]?.preview_img_url)).toMatch(/^data:text\/html,/);
    expect(String(rows[4]?.name)).toHaveLength(10_000);
    expect(rows[5]).toEqual({ ...clean[5], name: '<img src=x onerror=alert(1)>Bobby</b>' });
    expect(rows.slice(6)).toEqual(clean.slice(6));
    expect(await rowsOf(api)).toEqual(clean);
  });

  it('corrupt video URLs of looks', async () => {
    const api = createMockApi({ characters: 30 });
    const parent = (await rowsOf(api)).find((row) => Number(row.looks_count) >= 2);
    const path = `/v1/avatars?parent_id=${parent?.avatar_id}`;
    api.faults.add({ route: 'looks', malformed: ['javascript-url', 'data-url'] });
    const [first, second] = await rowsOf(api, path);
    expect(first?.video_url).toBe('javascript:alert(1)');
    expect(String(second?.video_url)).toMatch(/^data:/);
  });

  it('break the envelope with not-an-array', async () => {
    const api = withFault({ route: 'public', malformed: ['not-an-array'] });
    expect(await (await get(api, '/v1/avatars/public')).json()).toEqual({
      success: true,
      avatars: 'oops',
    });
  });
});
