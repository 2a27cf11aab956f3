import type { CharacterId, Look, LookId } from '@avatar-picker/hooks';
import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { AvatarPicker } from './avatar-picker';

type OnValueChange = NonNullable<ComponentProps<typeof AvatarPicker>['onValueChange']>;

declare const characterId: CharacterId;
declare const look: Look;
declare const onValueChange: OnValueChange;
declare function startSession(lookId: LookId): void;
declare function renderPicker(props: ComponentProps<typeof AvatarPicker>): void;

describe('AvatarPicker value types', () => {
  it('hands onValueChange a LookId and the picked Look', () => {
    expectTypeOf<OnValueChange>().parameter(0).toEqualTypeOf<LookId>();
    expectTypeOf<OnValueChange>().parameter(1).toEqualTypeOf<Look>();
    renderPicker({
      onValueChange: (lookId) => {
        expectTypeOf(lookId).toEqualTypeOf<LookId>();
        startSession(lookId);
      },
    });
  });

  it('takes no CharacterId or plain string where a LookId is required', () => {
    onValueChange(look.id, look);
    // @ts-expect-error a character id can never be the picked value
    onValueChange(characterId, look);
    // @ts-expect-error an unchecked string is not a look id
    onValueChange('avat_01H3Z8G9YR3K2N5M6P7Q8W4T', look);
    // @ts-expect-error a character cannot start a session
    startSession(characterId);
    // @ts-expect-error an unchecked string cannot start a session: toLookId checks it first
    startSession('avat_01H3Z8G9YR3K2N5M6P7Q8W4T');
  });

  it('refuses a handler written for character ids', () => {
    // @ts-expect-error the picker never outputs a CharacterId
    renderPicker({ onValueChange: (id: CharacterId) => id });
    // A handler for any string still fits: a LookId is a string.
    renderPicker({ onValueChange: (id: string) => localStorage.setItem('avatar', id) });
  });
});
