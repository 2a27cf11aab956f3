import { describe, expect, it } from 'vitest';
import { isUnsafeRawPath } from './is-unsafe-raw-path';

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
