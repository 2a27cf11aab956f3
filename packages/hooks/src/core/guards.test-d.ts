import { describe, expectTypeOf, it } from 'vitest';
import { isLookId, toLookId } from './guards';
import type { CharacterId, LookId } from './types';

declare function pick(lookId: LookId): void;

describe('look ids from storage', () => {
  it('brands a stored string only through the format check', () => {
    const stored: string = localStorage.getItem('avatar') ?? '';
    // @ts-expect-error a plain string is not a LookId until it is checked
    const unchecked: LookId = stored;
    pick(unchecked);
    const id = toLookId(stored);
    expectTypeOf(id).toEqualTypeOf<LookId | null>();
    if (id !== null) pick(id);
    if (isLookId(stored)) pick(stored);
  });

  it('accepts storage reads as they come, null included', () => {
    expectTypeOf(toLookId).toBeCallableWith(localStorage.getItem('avatar'));
  });

  it('gives a LookId, never a CharacterId', () => {
    expectTypeOf(toLookId('avat_01')).not.toEqualTypeOf<CharacterId | null>();
  });
});
