import { describe, expect, it } from 'vitest';
import { isAvatarId } from './is-avatar-id';

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
