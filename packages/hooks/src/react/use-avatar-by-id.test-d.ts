import { describe, expectTypeOf, it } from 'vitest';
import type { AvatarApiError } from '../core/avatar-api-error';
import type { Avatar, LookId } from '../core/types';
import { useAvatarById } from './use-avatar-by-id';
import { useAvatarsById } from './use-avatars-by-id';

describe('useAvatarById types', () => {
  it('takes a branded id, a string from storage or null, and types the error', () => {
    expectTypeOf(useAvatarById).toBeCallableWith('avat_1' as LookId);
    expectTypeOf(useAvatarById).toBeCallableWith(null, { enabled: false });
    const result = useAvatarById(localStorage.getItem('avatar'));
    expectTypeOf(result.data).toEqualTypeOf<Avatar | null | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<AvatarApiError | null>();
  });

  it('gives many ids as a map', () => {
    const { avatars, error } = useAvatarsById(['avat_1', 'avat_2' as LookId]);
    expectTypeOf(avatars.get('avat_1')).toEqualTypeOf<Avatar | null | undefined>();
    expectTypeOf(error).toEqualTypeOf<AvatarApiError | null>();
  });
});
