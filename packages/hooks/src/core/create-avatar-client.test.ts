import { describe, expect, it, vi } from 'vitest';
import { rejectionOf } from '../testing/rejection-of';
import { spyFetch } from '../testing/spy-fetch';
import { jsonResponse } from '../testing/wire-rows';
import { createAvatarClient, type FetchLike } from './create-avatar-client';
import type { AvatarClient, CharacterId, LookId } from './types';

const CHARACTER_ID = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4T' as CharacterId;
const LOOK_ID = 'avat_01H3Z8G9YR3K2N5M6P7Q8W5A' as LookId;

const emptyList = () => jsonResponse({ success: true, avatars: [] });

function setup(options: { headers?: HeadersInit | (() => HeadersInit) } = {}) {
  const spy = spyFetch(emptyList);
  const client = createAvatarClient({ baseUrl: 'https://api.test', fetch: spy.fetch, ...options });
  return { client, ...spy };
}

describe('createAvatarClient: requests', () => {
  it.each<[string, (client: AvatarClient) => Promise<unknown>, string]>([
    ['listCharacters', (client) => client.listCharacters(), '/v1/avatars'],
    [
      'listLooks',
      (client) => client.listLooks(CHARACTER_ID),
      `/v1/avatars?parent_id=${CHARACTER_ID}`,
    ],
    ['listAll', (client) => client.listAll(), '/v1/avatars?characters_only=false'],
    ['listPublic', (client) => client.listPublic(), '/v1/avatars/public'],
  ])('%s sends GET %s', async (_, call, path) => {
    const { client, calls } = setup();
    await call(client);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.url).toBe(`https://api.test${path}`);
    expect(calls[0]?.headers.get('accept')).toBe('application/json');
    expect(calls[0]?.headers.get('content-type')).toBeNull();
  });

  it('setFavorite sends PUT with a JSON body', async () => {
    const spy = spyFetch(() => jsonResponse({ success: true }));
    const client = createAvatarClient({ baseUrl: 'https://api.test', fetch: spy.fetch });
    await client.setFavorite(LOOK_ID, true);
    const request = spy.calls[0];
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe(`https://api.test/v1/avatars/${LOOK_ID}`);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.json()).toEqual({ is_favorite: true });
  });

  it.each([
    ['https://api.test/', 'https://api.test/v1/avatars'],
    ['/api/avatars/', '/api/avatars/v1/avatars'],
    ['/', '/v1/avatars'],
    ['https://host.test/prefix', 'https://host.test/prefix/v1/avatars'],
  ])('joins base URL %s without a double slash', async (baseUrl, expected) => {
    const fetch = vi.fn<FetchLike>(async () => emptyList());
    await createAvatarClient({ baseUrl, fetch }).listCharacters();
    expect(fetch.mock.calls[0]?.[0]).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'ftp://x.test', '//evil.test', 'api', 'https://x.test?q=1'])(
    'refuses base URL %j at creation',
    (baseUrl) => {
      expect(() => createAvatarClient({ baseUrl })).toThrow(TypeError);
    },
  );

  it('calls a header function on every request', async () => {
    let count = 0;
    const { client, calls } = setup({ headers: () => ({ 'x-api-key': `key-${++count}` }) });
    await client.listCharacters();
    await client.listCharacters();
    expect(calls.map((request) => request.headers.get('x-api-key'))).toEqual(['key-1', 'key-2']);
  });

  it('sends static headers', async () => {
    const { client, calls } = setup({ headers: { 'x-api-key': 'demo-key' } });
    await client.listPublic();
    expect(calls[0]?.headers.get('x-api-key')).toBe('demo-key');
  });

  it('looks up the global fetch at call time', async () => {
    const client = createAvatarClient({ baseUrl: 'https://api.test' });
    const patched = vi.fn<FetchLike>(async () => emptyList());
    vi.stubGlobal('fetch', patched);
    try {
      await client.listCharacters();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(patched).toHaveBeenCalledOnce();
  });

  it.each(['user_1', 'avat_../../sessions', 'avat_1%2F', '', 'avat_1\r\nx: 1', 42])(
    'refuses id %j with bad-request and never calls fetch',
    async (id) => {
      const { client, fetch } = setup();
      expect((await rejectionOf(client.listLooks(id as CharacterId))).kind).toBe('bad-request');
      expect((await rejectionOf(client.setFavorite(id as LookId, true))).kind).toBe('bad-request');
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('refuses a favorite flag that is not a boolean', async () => {
    const { client, fetch } = setup();
    const error = await rejectionOf(client.setFavorite(LOOK_ID, 'yes' as unknown as boolean));
    expect(error.kind).toBe('bad-request');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses header values that cannot be sent, without calling fetch', async () => {
    const { client, fetch } = setup({ headers: { 'x-api-key': 'a\r\nb' } });
    const error = await rejectionOf(client.listCharacters());
    expect(error.kind).toBe('bad-request');
    expect(error.cause).toBeUndefined();
    expect(error.message).not.toContain('a\r\nb');
    expect(fetch).not.toHaveBeenCalled();
  });
});
