import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockApi } from './create-mock-api';
import type { WireAvatar } from './types';

const ORIGIN = 'http://api.test';
const request = (api: ReturnType<typeof createMockApi>, path: string, init: RequestInit = {}) =>
  api.fetch(`${ORIGIN}${path}`, {
    ...init,
    headers: { 'x-api-key': 'demo-key', ...(init.headers as Record<string, string>) },
  });
const list = async (api: ReturnType<typeof createMockApi>, path: string) => {
  const response = await request(api, path);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { success: boolean; avatars: WireAvatar[] };
  expect(body.success).toBe(true);
  return body.avatars;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('routes', () => {
  it("lists the caller's characters by default and with characters_only=true", async () => {
    const api = createMockApi({ characters: 10 });
    const characters = await list(api, '/v1/avatars');
    expect(characters).toHaveLength(10);
    expect(
      characters.every((row) => row.parent_id == null && typeof row.looks_count === 'number'),
    ).toBe(true);
    expect(await list(api, '/v1/avatars?characters_only=true')).toEqual(characters);
  });

  it('answers JSON with a JSON content type', async () => {
    const response = await request(createMockApi(), '/v1/avatars');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('lists the looks of a character by parent_id, with signed video URLs', async () => {
    const api = createMockApi({ characters: 30 });
    const characters = await list(api, '/v1/avatars');
    const parent = characters.find((row) => (row.looks_count ?? 0) > 0);
    if (!parent) throw new Error('dataset has no character with looks');
    const looks = await list(api, `/v1/avatars?parent_id=${parent.avatar_id}`);
    expect(looks).toHaveLength(parent.looks_count ?? -1);
    for (const look of looks) {
      expect(look.parent_id).toBe(parent.avatar_id);
      expect(look.looks_count).toBeUndefined();
      if (look.video_url !== undefined) {
        expect(look.video_url).toMatch(
          new RegExp(
            `^${ORIGIN}/media/video/${look.avatar_id}\\.webm\\?expires=\\d+&sig=[0-9a-f]{64}$`,
          ),
        );
      }
    }
  });

  it('lists characters and looks together, newest first, with characters_only=false', async () => {
    const api = createMockApi({ characters: 12 });
    const characters = await list(api, '/v1/avatars');
    const all = await list(api, '/v1/avatars?characters_only=false');
    const lookTotal = characters.reduce((sum, row) => sum + (row.looks_count ?? 0), 0);
    expect(all).toHaveLength(characters.length + lookTotal);
    const times = all.map((row) => Date.parse(row.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('answers 400 for a malformed parent_id and an empty list for an unknown one', async () => {
    const api = createMockApi();
    for (const bad of ['', 'nope', 'avat_', 'avat_../x', 'avat_a%20b']) {
      const response = await request(api, `/v1/avatars?parent_id=${bad}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'Invalid parent_id' });
    }
    expect(await list(api, '/v1/avatars?parent_id=avat_01H3Z8G9YR3K2N5M6P7Q8W4TAB')).toEqual([]);
  });

  it('answers 400 for a characters_only value other than true or false', async () => {
    const response = await request(createMockApi(), '/v1/avatars?characters_only=yes');
    expect(response.status).toBe(400);
  });

  it('lists the looks of a public character owned by someone else', async () => {
    const api = createMockApi({ characters: 0 });
    const pool = await list(api, '/v1/avatars/public');
    const other = pool.find((row) => (row.looks_count ?? 0) > 0);
    if (!other) throw new Error('public pool has no character with looks');
    const looks = await list(api, `/v1/avatars?parent_id=${other.avatar_id}`);
    expect(looks).toHaveLength(other.looks_count ?? -1);
  });

  it('answers 404 for other paths and 405 with Allow for wrong methods', async () => {
    const api = createMockApi();
    const missing = await request(api, '/v2/avatars');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Not found' });
    const post = await request(api, '/v1/avatars', { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    const get = await request(api, '/v1/avatars/avat_01H3Z8G9YR3K2N5M6P7Q8W4TAB');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('PUT');
    const deletePublic = await request(api, '/v1/avatars/public', { method: 'DELETE' });
    expect(deletePublic.headers.get('allow')).toBe('GET');
  });
});

describe('auth', () => {
  it('answers 401 "API key required" without a key', async () => {
    const response = await createMockApi().fetch(`${ORIGIN}/v1/avatars`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'API key required' });
  });

  it('answers 401 with an envelope for an unknown key', async () => {
    const response = await request(createMockApi(), '/v1/avatars', {
      headers: { 'x-api-key': 'wrong' },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      success: false,
      error: { message: 'Invalid API key', code: 'INVALID_API_KEY' },
    });
  });

  it('accepts custom keys and serves media without any key', async () => {
    const api = createMockApi({ keys: { secret: 'user_x' } });
    expect((await request(api, '/v1/avatars')).status).toBe(401);
    const response = await request(api, '/v1/avatars', { headers: { 'x-api-key': 'secret' } });
    const { avatars } = (await response.json()) as { avatars: WireAvatar[] };
    const image = await api.fetch(avatars[0]?.preview_img_url ?? '');
    expect(image.status).toBe(200);
  });
});

describe('public pool', () => {
  it('has at most 100 avatars, newest first, mostly of other users plus some of our own', async () => {
    const api = createMockApi({ characters: 300 });
    const pool = await list(api, '/v1/avatars/public');
    const own = new Set((await list(api, '/v1/avatars')).map((row) => row.avatar_id));
    expect(pool.length).toBeGreaterThan(0);
    expect(pool.length).toBeLessThanOrEqual(100);
    const times = pool.map((row) => Date.parse(row.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(pool.every((row) => row.is_public === 1)).toBe(true);
    const ownInPool = pool.filter((row) => own.has(row.avatar_id)).length;
    expect(ownInPool).toBeGreaterThan(0);
    expect(ownInPool).toBeLessThan(pool.length / 2);
  });

  it("reports the caller's favorites", async () => {
    const api = createMockApi({ characters: 0 });
    const [first] = await list(api, '/v1/avatars/public');
    if (!first) throw new Error('empty public pool');
    const value = first.is_favorite === 0;
    await request(api, `/v1/avatars/${first.avatar_id}`, {
      method: 'PUT',
      body: JSON.stringify({ is_favorite: value }),
    });
    const [after] = await list(api, '/v1/avatars/public');
    expect(after?.is_favorite).toBe(value ? 1 : 0);
  });
});

describe('media URLs and basePath', () => {
  it('routes under basePath and puts it in absolute media URLs', async () => {
    const api = createMockApi({ basePath: '/api/avatars/', characters: 3 });
    expect(api.basePath).toBe('/api/avatars');
    expect((await request(api, '/v1/avatars')).status).toBe(404);
    const [row] = await list(api, '/api/avatars/v1/avatars');
    expect(row?.preview_img_url).toBe(`${ORIGIN}/api/avatars/media/image/${row?.avatar_id}.svg`);
    const image = await api.fetch(row?.preview_img_url ?? '');
    expect(image.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('uses publicOrigin for media URLs when given', async () => {
    const api = createMockApi({ publicOrigin: 'https://cdn.example.com/', characters: 1 });
    const [row] = await list(api, '/v1/avatars');
    expect(row?.preview_img_url.startsWith('https://cdn.example.com/media/image/')).toBe(true);
  });

  it('takes a Request object like fetch does', async () => {
    const api = createMockApi({ characters: 2 });
    const response = await api.fetch(
      new Request(`${ORIGIN}/v1/avatars`, { headers: { 'x-api-key': 'demo-key' } }),
    );
    expect(response.status).toBe(200);
  });
});

describe('latency', () => {
  it('delays API responses by latencyMs but not media', async () => {
    vi.useFakeTimers();
    const api = createMockApi({ latencyMs: 500, characters: 1 });
    let settled = false;
    const pending = request(api, '/v1/avatars').then((response) => {
      settled = true;
      return response;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const [row] = ((await (await pending).json()) as { avatars: WireAvatar[] }).avatars;
    const image = await api.fetch(row?.preview_img_url ?? '');
    expect(image.status).toBe(200);
  });

  it('rejects with an AbortError when the request is aborted while waiting', async () => {
    vi.useFakeTimers();
    const api = createMockApi({ latencyMs: 1000 });
    const controller = new AbortController();
    const pending = request(api, '/v1/avatars', { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(pending).rejects.toBeInstanceOf(DOMException);
  });

  it('rejects at once for an already aborted signal', async () => {
    await expect(
      request(createMockApi(), '/v1/avatars', { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('views and reset', () => {
  it('lists the same characters and looks as the API, without video URLs', async () => {
    const api = createMockApi({ characters: 8, publicOrigin: 'http://localhost:6006' });
    const fromApi = await list(api, '/v1/avatars');
    expect(api.listCharacters()).toEqual(fromApi);
    const parent = fromApi.find((row) => (row.looks_count ?? 0) > 0);
    if (!parent) throw new Error('no character with looks');
    const looks = await list(api, `/v1/avatars?parent_id=${parent.avatar_id}`);
    expect(api.listLooks(parent.avatar_id)).toEqual(
      looks.map(({ video_url: _videoUrl, ...rest }) => rest),
    );
  });

  it('reset() restores favorites, names and faults', async () => {
    const api = createMockApi({ characters: 3 });
    const before = api.listCharacters();
    const id = before[0]?.avatar_id ?? '';
    await request(api, `/v1/avatars/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ is_favorite: before[0]?.is_favorite === 0, name: 'Renamed' }),
    });
    api.faults.add({ route: 'characters', status: 500 });
    expect(api.listCharacters()).not.toEqual(before);
    api.reset();
    expect(api.listCharacters()).toEqual(before);
    expect(api.faults.pending()).toEqual([]);
  });
});
