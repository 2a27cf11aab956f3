import { describe, expect, it } from 'vitest';
import { isAvatarId, isHttpUrl, isLookId, isRecord, toLookId } from './guards';

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({ avatars: [] })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    for (const value of [null, undefined, [], 'text', 42, true]) {
      expect(isRecord(value)).toBe(false);
    }
  });
});

describe('isAvatarId', () => {
  it.each(['avat_01H3Z8G9YR3K2N5M6P7Q8W4T', 'avat_a', `avat_${'A'.repeat(64)}`])(
    'accepts %s',
    (id) => {
      expect(isAvatarId(id)).toBe(true);
    },
  );

  it.each([
    'avat_',
    'user_01H3',
    'AVAT_01H3',
    `avat_${'A'.repeat(65)}`,
    'avat_01/../sessions',
    'avat_01%2F',
    'avat_01\r\nx-injected: 1',
    'avat_01-02',
    ' avat_01',
  ])('rejects %j', (id) => {
    expect(isAvatarId(id)).toBe(false);
  });

  it.each([null, 1, {}])('rejects non-string %j', (value) => {
    expect(isAvatarId(value)).toBe(false);
  });
});

describe('isHttpUrl', () => {
  it.each([
    'https://res.cloudinary.com/example/image/upload/v1/a.png',
    'http://127.0.0.1:4010/media/image/avat_1.svg',
    'HTTPS://EXAMPLE.COM/x',
    'http://[::1]:4010/media/video/avat_1.webm?expires=1&sig=ab',
    'https://example.com',
    'https://example.com?x=1#y',
    'https://example.com/a@b.png',
  ])('accepts %s', (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['relative path', '/media/a.png'],
    ['protocol relative', '//evil.example/a.png'],
    ['bare word', 'not a url'],
    ['ftp', 'ftp://example.com/a.png'],
    ['blob', 'blob:https://example.com/1'],
    ['credentials', 'https://user:pass@example.com/a.png'],
    ['user name', 'https://user@example.com/a.png'],
    ['no host', 'https:///a.png'],
    ['backslash host', 'https://example.com\\@evil.example/a.png'],
    ['space inside', 'https://exa mple.com/a.png'],
    ['newline inside', 'https://example.com/a\n.png'],
    ['control character', 'https://example.com\u0000.evil/a.png'],
    ['scheme only', 'https://'],
    ['surrounding space', ' https://example.com/a.png'],
    ['empty', ''],
  ])('rejects %s', (_, url) => {
    expect(isHttpUrl(url)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['https://example.com']])('rejects non-string %j', (value) => {
    expect(isHttpUrl(value)).toBe(false);
  });
});

describe('isLookId and toLookId', () => {
  it('accept what has the avatar id format', () => {
    expect(isLookId('avat_01H3Z8G9YR3K2N5M6P7Q8W4T')).toBe(true);
    expect(toLookId('avat_01H3Z8G9YR3K2N5M6P7Q8W4T')).toBe('avat_01H3Z8G9YR3K2N5M6P7Q8W4T');
  });

  it.each([null, undefined, '', 'avat_', 'user_01H3', ' avat_01', 'avat_01/../x', 42, {}])(
    'refuse %j',
    (value) => {
      expect(isLookId(value)).toBe(false);
      expect(toLookId(value)).toBeNull();
    },
  );
});
