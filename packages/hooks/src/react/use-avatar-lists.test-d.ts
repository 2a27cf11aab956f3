import { describe, expectTypeOf, it } from 'vitest';
import type { AvatarApiError } from '../core/avatar-api-error';
import type { CharacterId, Look, LookId } from '../core/types';
import { useLooks } from './use-avatar-lists';

declare const characterId: CharacterId;
declare const lookId: LookId;

describe('useLooks types', () => {
  it('takes a CharacterId or null, never a LookId or a plain string', () => {
    expectTypeOf(useLooks).toBeCallableWith(characterId);
    expectTypeOf(useLooks).toBeCallableWith(null);
    // @ts-expect-error a look id is not a character id
    useLooks(lookId);
    // @ts-expect-error an unbranded string is not a character id
    useLooks('avat_01H3Z8G9YR3K2N5M6P7Q8W4T');
  });

  it('yields Look items and AvatarApiError errors', () => {
    const result = useLooks(characterId);
    expectTypeOf(result.data?.items).toEqualTypeOf<Look[] | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<AvatarApiError | null>();
  });

  it('types select results', () => {
    const result = useLooks(characterId, { select: (list) => list.items.map((look) => look.id) });
    expectTypeOf(result.data).toEqualTypeOf<LookId[] | undefined>();
  });
});
