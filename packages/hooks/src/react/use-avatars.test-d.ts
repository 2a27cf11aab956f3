import { describe, expectTypeOf, it } from 'vitest';
import type { AvatarApiError } from '../core/avatar-api-error';
import type { Character } from '../core/types';
import { useAvatars } from './use-avatars';

describe('useAvatars types', () => {
  it('takes one of the picker filters', () => {
    expectTypeOf(useAvatars).toBeCallableWith({ filter: 'favorites' });
    // @ts-expect-error not a filter of the picker
    useAvatars({ filter: 'recent' });
  });

  it('narrows characters and error by status', () => {
    const result = useAvatars({ filter: 'all' });
    expectTypeOf(result.characters).toEqualTypeOf<Character[] | undefined>();
    if (result.status === 'success') {
      expectTypeOf(result.characters).toEqualTypeOf<Character[]>();
      expectTypeOf(result.error).toEqualTypeOf<AvatarApiError | null>();
    }
    if (result.status === 'error') expectTypeOf(result.error).toEqualTypeOf<AvatarApiError>();
    if (result.status === 'pending') expectTypeOf(result.characters).toEqualTypeOf<undefined>();
  });
});
