import { describe, expect, it } from 'vitest';
import { AvatarApiError } from './avatar-api-error';
import { isAvatarApiError } from './is-avatar-api-error';

describe('isAvatarApiError', () => {
  it('recognizes AvatarApiError instances', () => {
    expect(isAvatarApiError(new AvatarApiError({ kind: 'network', message: 'offline' }))).toBe(
      true,
    );
  });

  it('recognizes an error built by another copy of the package', () => {
    const foreign = Object.assign(new Error('Avatar not found'), {
      name: 'AvatarApiError',
      kind: 'not-found',
    });
    expect(isAvatarApiError(foreign)).toBe(true);
  });

  it('refuses other errors and plain objects that only look alike', () => {
    expect(isAvatarApiError(new Error('x'))).toBe(false);
    expect(isAvatarApiError(Object.assign(new Error('x'), { name: 'AvatarApiError' }))).toBe(false);
    expect(isAvatarApiError({ name: 'AvatarApiError', kind: 'auth' })).toBe(false);
    expect(isAvatarApiError(null)).toBe(false);
  });
});
