import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api';
import type { WireAvatar } from '../types';
import { createMockHandlers } from './create-mock-handlers';

const ORIGIN = 'https://api.agenthuman.com';
const api = createMockApi({ characters: 5, basePath: '/api/avatars' });
const server = setupServer(...createMockHandlers(api, { origin: ORIGIN }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  api.reset();
  server.resetHandlers();
});
afterAll(() => server.close());

const getList = () =>
  fetch(`${ORIGIN}/api/avatars/v1/avatars`, { headers: { 'x-api-key': 'demo-key' } });

describe('createMockHandlers', () => {
  it('answers the API through global fetch, media URLs included', async () => {
    const response = await getList();
    expect(response.status).toBe(200);
    const { avatars } = (await response.json()) as { avatars: WireAvatar[] };
    expect(avatars).toHaveLength(5);
    expect(avatars[0]?.preview_img_url.startsWith(`${ORIGIN}/api/avatars/media/image/`)).toBe(true);
    const image = await fetch(avatars[0]?.preview_img_url ?? '');
    expect(image.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('passes method, body and auth through', async () => {
    const [row] = api.listCharacters();
    const put = (key: string) =>
      fetch(`${ORIGIN}/api/avatars/v1/avatars/${row?.avatar_id}`, {
        method: 'PUT',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: JSON.stringify({ is_favorite: row?.is_favorite === 0 }),
      });
    expect((await put('nope')).status).toBe(401);
    expect((await put('demo-key')).status).toBe(200);
    expect(api.listCharacters()[0]?.is_favorite).toBe(row?.is_favorite === 0 ? 1 : 0);
    const wrongMethod = await fetch(`${ORIGIN}/api/avatars/v1/avatars`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
  });

  it('turns a network fault into a failed fetch', async () => {
    api.faults.add({ route: 'characters', network: true });
    await expect(getList()).rejects.toBeInstanceOf(TypeError);
    expect((await getList()).status).toBe(200);
  });

  it('only intercepts its origin and base path, or any origin without one', async () => {
    const handlers = createMockHandlers(api, { origin: ORIGIN });
    const ask = (url: string, list = handlers) =>
      getResponse(list, new Request(url, { headers: { 'x-api-key': 'demo-key' } }));
    expect((await ask(`${ORIGIN}/api/avatars/v1/avatars`))?.status).toBe(200);
    expect(await ask('https://other.example/api/avatars/v1/avatars')).toBeUndefined();
    expect(await ask(`${ORIGIN}/v1/avatars`)).toBeUndefined();
    expect(await ask(`${ORIGIN}/api/avatars/sessions`)).toBeUndefined();
    const anyOrigin = createMockHandlers(createMockApi());
    expect((await ask('https://other.example/v1/avatars', anyOrigin))?.status).toBe(200);
  });
});
