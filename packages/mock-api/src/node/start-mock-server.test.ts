import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireAvatar } from '../types';
import { type MockServer, startMockServer } from './start-mock-server';

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ port: 0, characters: 30 });
});
afterAll(async () => {
  await server.close();
});

const get = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { ...init, headers: { 'x-api-key': 'demo-key', ...init.headers } });

async function firstVideoUrl(): Promise<string> {
  const { avatars } = (await (await get('/v1/avatars')).json()) as { avatars: WireAvatar[] };
  for (const character of avatars) {
    const looks = (await (await get(`/v1/avatars?parent_id=${character.avatar_id}`)).json()) as {
      avatars: WireAvatar[];
    };
    const url = looks.avatars.find((look) => look.video_url)?.video_url;
    if (url) return url;
  }
  throw new Error('no video');
}

describe('startMockServer', () => {
  it('listens on 127.0.0.1 and serves the API with media URLs on its own origin', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await get('/v1/avatars');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const { avatars } = (await response.json()) as { avatars: WireAvatar[] };
    expect(avatars).toHaveLength(30);
    expect(avatars[0]?.preview_img_url.startsWith(`${server.url}/media/image/`)).toBe(true);
  });

  it('passes PUT bodies and status codes through', async () => {
    const [row] = server.api.listCharacters();
    const put = await get(`/v1/avatars/${row?.avatar_id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ is_favorite: true }),
    });
    expect(put.status).toBe(200);
    expect(server.api.listCharacters()[0]?.is_favorite).toBe(1);
    const unauthorized = await fetch(`${server.url}/v1/avatars`);
    expect(unauthorized.status).toBe(401);
    const wrong = await get('/v1/avatars', { method: 'POST', body: '{}' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  it('streams video with Range support over real HTTP', async () => {
    const videoUrl = await firstVideoUrl();
    const full = await fetch(videoUrl);
    const size = (await full.arrayBuffer()).byteLength;
    expect(full.headers.get('content-type')).toBe('video/webm');
    const part = await fetch(videoUrl, { headers: { range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${size}`);
    expect(part.headers.get('access-control-expose-headers')).toContain('content-range');
    expect((await part.arrayBuffer()).byteLength).toBe(10);
    expect((await fetch(videoUrl, { headers: { range: `bytes=${size}-` } })).status).toBe(416);
  });

  it('answers CORS preflight for the API headers', async () => {
    const response = await fetch(`${server.url}/v1/avatars`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:6006',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-api-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-api-key');
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
  });

  it('adds, lists and clears faults through the control route', async () => {
    const control = (method: string, body?: unknown) =>
      fetch(`${server.url}/__mock/faults`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect(
      (await control('POST', { route: 'characters', status: 503, times: 'Infinity' })).status,
    ).toBe(204);
    expect(await (await control('GET')).json()).toEqual([
      { route: 'characters', status: 503, times: 'Infinity' },
    ]);
    expect((await get('/v1/avatars')).status).toBe(503);
    expect((await control('POST', { clear: true })).status).toBe(204);
    expect((await get('/v1/avatars')).status).toBe(200);
    expect((await control('POST', { route: 'characters', status: 500 })).status).toBe(204);
    expect((await control('DELETE')).status).toBe(204);
    expect((await get('/v1/avatars')).status).toBe(200);
    const invalid = await control('POST', { route: 'nowhere' });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: string }).error).toMatch(/route/);
    const notJson = await fetch(`${server.url}/__mock/faults`, { method: 'POST', body: '{}' });
    expect(notJson.status).toBe(415);
  });

  it('resets favorites through POST /__mock/reset', async () => {
    server.api.reset();
    const before = server.api.listCharacters();
    await get(`/v1/avatars/${before[1]?.avatar_id}`, {
      method: 'PUT',
      body: JSON.stringify({ is_favorite: before[1]?.is_favorite === 0 }),
    });
    expect(server.api.listCharacters()).not.toEqual(before);
    expect((await fetch(`${server.url}/__mock/reset`, { method: 'POST' })).status).toBe(204);
    expect(server.api.listCharacters()).toEqual(before);
  });

  it('drops the connection for a network fault', async () => {
    server.api.faults.add({ route: 'public', network: true });
    await expect(get('/v1/avatars/public')).rejects.toBeInstanceOf(TypeError);
    expect((await get('/v1/avatars/public')).status).toBe(200);
  });

  it('refuses a port out of range and a port already in use', async () => {
    await expect(startMockServer({ port: 70_000 })).rejects.toThrow(RangeError);
    const port = Number(new URL(server.url).port);
    await expect(startMockServer({ port })).rejects.toThrow(/EADDRINUSE/);
  });

  it('mounts under basePath', async () => {
    const mounted = await startMockServer({ port: 0, basePath: '/api/avatars', characters: 1 });
    try {
      expect(mounted.url).toMatch(/\/api\/avatars$/);
      const response = await fetch(`${mounted.url}/v1/avatars`, {
        headers: { 'x-api-key': 'demo-key' },
      });
      expect(response.status).toBe(200);
    } finally {
      await mounted.close();
    }
  });
});
