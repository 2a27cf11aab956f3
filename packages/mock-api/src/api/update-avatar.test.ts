import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api';
import type { MockApi, MockApiOptions, WireAvatar } from '../types';

const put = (api: MockApi, id: string, body: unknown, key = 'demo-key') =>
  api.fetch(`http://api.test/v1/avatars/${id}`, {
    method: 'PUT',
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const listAs = async (api: MockApi, path: string, key = 'demo-key') => {
  const response = await api.fetch(`http://api.test${path}`, { headers: { 'x-api-key': key } });
  return ((await response.json()) as { avatars: WireAvatar[] }).avatars;
};

const setup = async (options: MockApiOptions = {}) => {
  const api = createMockApi({ characters: 6, ...options });
  const characters = await listAs(api, '/v1/avatars');
  const character = characters[0];
  if (!character) throw new Error('no characters');
  return { api, character };
};

describe('PUT /v1/avatars/{id}', () => {
  it('sets and clears a favorite and answers {"success":true}', async () => {
    const { api, character } = await setup();
    const response = await put(api, character.avatar_id, { is_favorite: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true });
    expect((await listAs(api, '/v1/avatars'))[0]?.is_favorite).toBe(1);
    await put(api, character.avatar_id, { is_favorite: false });
    expect((await listAs(api, '/v1/avatars'))[0]?.is_favorite).toBe(0);
  });

  it('keeps favorites per user: demo-key and demo-key-2 share avatars, not favorites', async () => {
    const { api, character } = await setup();
    const before = (await listAs(api, '/v1/avatars', 'demo-key-2'))[0]?.is_favorite;
    await put(api, character.avatar_id, { is_favorite: before === 0 });
    expect((await listAs(api, '/v1/avatars', 'demo-key-2'))[0]?.is_favorite).toBe(before);
    expect((await listAs(api, '/v1/avatars', 'demo-key'))[0]?.is_favorite).toBe(
      before === 0 ? 1 : 0,
    );
    expect((await listAs(api, '/v1/avatars', 'demo-key-2')).map((row) => row.avatar_id)).toEqual(
      (await listAs(api, '/v1/avatars', 'demo-key')).map((row) => row.avatar_id),
    );
  });

  it('favorites looks, which show up in their list', async () => {
    const api = createMockApi({ characters: 20 });
    const parent = (await listAs(api, '/v1/avatars')).find((row) => (row.looks_count ?? 0) > 0);
    const look = (await listAs(api, `/v1/avatars?parent_id=${parent?.avatar_id}`))[0];
    if (!look) throw new Error('no look');
    const value = look.is_favorite === 0;
    expect((await put(api, look.avatar_id, { is_favorite: value })).status).toBe(200);
    const after = await listAs(api, `/v1/avatars?parent_id=${parent?.avatar_id}`);
    expect(after[0]?.is_favorite).toBe(value ? 1 : 0);
  });

  it.each([
    ['an empty object', {}],
    ['an array', [{ is_favorite: true }]],
    ['null', null],
    ['only unknown fields', { favorite: true }],
  ])('answers 400 "No fields to update" for %s', async (_label, body) => {
    const { api, character } = await setup();
    const response = await put(api, character.avatar_id, body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { success: boolean; error: { message: string } };
    expect(json.success).toBe(false);
    expect(json.error.message).toBe('No fields to update');
  });

  it('answers 400 for invalid JSON and for a non-boolean is_favorite', async () => {
    const { api, character } = await setup();
    expect((await put(api, character.avatar_id, '{is_favorite:')).status).toBe(400);
    for (const value of [1, 'true', null]) {
      const response = await put(api, character.avatar_id, { is_favorite: value });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { message: 'is_favorite must be a boolean' },
      });
    }
  });

  it('validates name (1..200 characters), url and voice_id', async () => {
    const { api, character } = await setup();
    expect((await put(api, character.avatar_id, { name: '' })).status).toBe(400);
    expect((await put(api, character.avatar_id, { name: 'x'.repeat(201) })).status).toBe(400);
    expect((await put(api, character.avatar_id, { name: 7 })).status).toBe(400);
    expect((await put(api, character.avatar_id, { url: 'javascript:alert(1)' })).status).toBe(400);
    expect((await put(api, character.avatar_id, { voice_id: '' })).status).toBe(400);
    expect((await put(api, character.avatar_id, { voice_id: 'voice_1' })).status).toBe(200);
  });

  it('renames an avatar for the whole account and moves updated_at', async () => {
    const now = Date.UTC(2030, 0, 2, 3, 4, 5);
    const { api, character } = await setup({ now: () => now });
    expect((await put(api, character.avatar_id, { name: 'Zoë <Renamed>' })).status).toBe(200);
    const row = (await listAs(api, '/v1/avatars', 'demo-key-2'))[0];
    expect(row?.name).toBe('Zoë <Renamed>');
    expect(row?.updated_at).toBe('2030-01-02T03:04:05Z');
  });

  it('answers 404 "Avatar not found" for an unknown or malformed id', async () => {
    const { api } = await setup();
    for (const id of ['avat_01H3Z8G9YR3K2N5M6P7Q8W4TAB', 'nope']) {
      const response = await put(api, id, { is_favorite: true });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'Avatar not found' });
    }
  });

  it('needs a valid key', async () => {
    const { api, character } = await setup();
    expect((await put(api, character.avatar_id, { is_favorite: true }, 'wrong')).status).toBe(401);
  });

  it("lets users favorite other users' public avatars unless publicFavorites is 'reject'", async () => {
    const allow = createMockApi({ characters: 0 });
    const [other] = await listAs(allow, '/v1/avatars/public');
    if (!other) throw new Error('empty public pool');
    expect((await put(allow, other.avatar_id, { is_favorite: true })).status).toBe(200);
    expect((await put(allow, other.avatar_id, { name: 'Mine now' })).status).toBe(404);

    const reject = createMockApi({ characters: 0, publicFavorites: 'reject' });
    const response = await put(reject, other.avatar_id, { is_favorite: true });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Avatar not found' });
  });

  it("still lets 'reject' users favorite their own avatars", async () => {
    const { api, character } = await setup({ publicFavorites: 'reject' });
    expect((await put(api, character.avatar_id, { is_favorite: true })).status).toBe(200);
  });
});
