import { describe, expect, it } from 'vitest';
import { isUnsafeRawPath, resolveProxyRoute } from './resolve-proxy-route';

const ID = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4T';

describe('resolveProxyRoute', () => {
  it.each([
    ['GET', '/v1/avatars', '', '/v1/avatars'],
    ['GET', '/v1/avatars', `parent_id=${ID}`, `/v1/avatars?parent_id=${ID}`],
    ['GET', '/v1/avatars', 'characters_only=false', '/v1/avatars?characters_only=false'],
    [
      'GET',
      '/v1/avatars',
      `characters_only=true&parent_id=${ID}`,
      `/v1/avatars?parent_id=${ID}&characters_only=true`,
    ],
    ['GET', '/v1/avatars/public', '', '/v1/avatars/public'],
    ['PUT', `/v1/avatars/${ID}`, '', `/v1/avatars/${ID}`],
  ])('allows %s %s?%s', (method, path, query, upstreamPath) => {
    expect(resolveProxyRoute(method, path, query, '')).toEqual({ ok: true, method, upstreamPath });
  });

  it('strips the base path', () => {
    expect(resolveProxyRoute('GET', '/api/avatars/v1/avatars/public', '', '/api/avatars')).toEqual({
      ok: true,
      method: 'GET',
      upstreamPath: '/v1/avatars/public',
    });
    expect(resolveProxyRoute('GET', '/v1/avatars', '', '/api/avatars')).toMatchObject({
      status: 404,
    });
    expect(resolveProxyRoute('GET', '/api/avatarsX/v1/avatars', '', '/api/avatars')).toMatchObject({
      status: 404,
    });
  });

  it.each([
    ['/v1/sessions'],
    ['/v1/avatars/'],
    ['/v1/avatars/public/extra'],
    [`/v1/avatars/${ID}/video`],
    ['/v2/avatars'],
    ['/'],
    [''],
  ])('answers 404 for unknown path %j', (path) => {
    expect(resolveProxyRoute('GET', path, '', '')).toMatchObject({ ok: false, status: 404 });
  });

  it.each([
    ['POST', '/v1/avatars', 'GET'],
    ['DELETE', '/v1/avatars', 'GET'],
    ['HEAD', '/v1/avatars/public', 'GET'],
    ['PUT', '/v1/avatars/public', 'GET'],
    ['GET', `/v1/avatars/${ID}`, 'PUT'],
    ['DELETE', `/v1/avatars/${ID}`, 'PUT'],
    ['PATCH', `/v1/avatars/${ID}`, 'PUT'],
  ])('answers 405 for %s %s with Allow %s', (method, path, allow) => {
    expect(resolveProxyRoute(method, path, '', '')).toMatchObject({
      ok: false,
      status: 405,
      allow,
    });
  });

  it.each([
    ['extra parameter', '/v1/avatars', 'limit=5'],
    ['parameter smuggling', '/v1/avatars', `parent_id=${ID}&user_id=u1`],
    ['duplicate parameter', '/v1/avatars', `parent_id=${ID}&parent_id=${ID}`],
    ['bad parent id', '/v1/avatars', 'parent_id=user_1'],
    ['CRLF in a value', '/v1/avatars', `parent_id=${ID}%0D%0Ax-api-key:%20stolen`],
    ['bad characters_only', '/v1/avatars', 'characters_only=1'],
    ['query on public', '/v1/avatars/public', 'limit=1000'],
    ['traversal', '/v1/avatars/../sessions', ''],
    ['encoded slash', `/v1/avatars%2F${ID}`, ''],
    ['encoded dots in query', '/v1/avatars', 'parent_id=%2e%2e'],
  ])('answers 400 for %s', (_, path, query) => {
    expect(resolveProxyRoute('GET', path, query, '')).toMatchObject({ ok: false, status: 400 });
  });

  it.each(['user_1', 'avat_1%0D%0A', 'avat_1;x'])('answers 400 for PUT to bad id %j', (id) => {
    expect(resolveProxyRoute('PUT', `/v1/avatars/${id}`, '', '')).toMatchObject({ status: 400 });
  });

  it('answers 400 for a query on PUT', () => {
    expect(resolveProxyRoute('PUT', `/v1/avatars/${ID}`, 'x=1', '')).toMatchObject({ status: 400 });
  });
});

describe('isUnsafeRawPath', () => {
  it.each(['/v1/avatars', '/api/avatars/v1/avatars/avat_01H3', '/v1/avatars/public'])(
    'allows %s',
    (path) => {
      expect(isUnsafeRawPath(path)).toBe(false);
    },
  );

  it.each([
    '/v1/avatars/../sessions',
    '/v1/avatars/%2e%2e/sessions',
    '/v1/avatars/%2E%2E/sessions',
    '/v1/avatars/.%2e/sessions',
    '/v1/avatars%2Fpublic',
    '/v1/avatars%2fpublic',
    '/v1/avatars%5Cpublic',
    '/v1/avatars\\..\\sessions',
    '/v1//avatars',
    '//evil.test/v1/avatars',
    '/v1/avatars/avat_1%00',
    '/v1/avatars/avat_1\r\nx-injected: 1',
  ])('rejects %j', (path) => {
    expect(isUnsafeRawPath(path)).toBe(true);
  });
});
