import { describe, expect, it } from 'vitest';
import { spyFetch } from '../testing/spy-fetch';
import { createAvatarProxy } from './create-avatar-proxy';

const KEY = 'sk_test_0123456789abcdef';
const ID = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4T';
const ORIGIN = 'http://app.test';

function setup() {
  const upstream = spyFetch(() => Response.json({ success: true }));
  const proxy = createAvatarProxy({
    apiKey: KEY,
    upstream: 'https://api.test',
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

describe('createAvatarProxy: refused requests never reach upstream', () => {
  it.each([
    ['traversal', 'GET', '/v1/avatars/../sessions', 404],
    ['encoded traversal', 'GET', '/v1/avatars/%2e%2e/sessions', 404],
    ['encoded slash', 'GET', '/v1/avatars%2Fpublic', 400],
    ['encoded backslash', 'GET', '/v1/avatars%5Cpublic', 400],
    ['double slash', 'GET', '/v1//avatars', 400],
    ['unknown path', 'GET', '/v1/sessions', 404],
    ['upload under the id route', 'POST', '/v1/avatars/upload', 405],
    ['upload path', 'POST', '/v1/uploads', 404],
    ['extra query parameter', 'GET', '/v1/avatars?limit=5', 400],
    ['duplicate query parameter', 'GET', `/v1/avatars?parent_id=${ID}&parent_id=${ID}`, 400],
    ['CRLF in a query value', 'GET', `/v1/avatars?parent_id=${ID}%0D%0Ax-api-key:1`, 400],
    ['query on public', 'GET', '/v1/avatars/public?limit=1000', 400],
    ['delete', 'DELETE', `/v1/avatars/${ID}`, 405],
    ['post to list', 'POST', '/v1/avatars', 405],
    ['GET on an id', 'GET', `/v1/avatars/${ID}`, 405],
    ['bad id', 'PUT', '/v1/avatars/user_1', 400],
  ])('%s: %s %s -> %i', async (_, method, path, status) => {
    const { proxy, fetch } = setup();
    const body = method === 'GET' ? undefined : '{"is_favorite":true}';
    const response = await proxy(
      new Request(`${ORIGIN}${path}`, {
        method,
        body,
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({
      success: false,
      error: { message: expect.any(String) },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('names the allowed method on 405', async () => {
    const { proxy } = setup();
    const response = await proxy(new Request(`${ORIGIN}/v1/avatars/${ID}`, { method: 'DELETE' }));
    expect(response.headers.get('allow')).toBe('PUT');
  });

  it.each([
    ['an extra field', '{"is_favorite":true,"name":"pwned"}', 400],
    ['a renamed avatar', '{"name":"pwned"}', 400],
    ['a string flag', '{"is_favorite":"true"}', 400],
    ['an array', '[{"is_favorite":true}]', 400],
    ['invalid JSON', '{is_favorite:true}', 400],
    ['an empty body', '', 400],
    ['an oversized body', `{"is_favorite":true,"pad":"${'x'.repeat(2000)}"}`, 413],
  ])('refuses a PUT body with %s', async (_, body, status) => {
    const { proxy, fetch } = setup();
    const response = await proxy(favoriteRequest(body));
    expect(response.status).toBe(status);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a PUT that is not JSON', async () => {
    const { proxy, fetch } = setup();
    const response = await proxy(
      favoriteRequest('{"is_favorite":true}', { 'content-type': 'text/plain' }),
    );
    expect(response.status).toBe(415);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('accepts a JSON content type with parameters', async () => {
    const { proxy, fetch } = setup();
    const response = await proxy(
      favoriteRequest('{"is_favorite":true}', {
        'content-type': 'application/json; charset=utf-8',
      }),
    );
    expect(response.status).toBe(200);
    expect(fetch).toHaveBeenCalledOnce();
  });
});
