import { type AvatarList, avatarKeys, type Look } from '@avatar-picker/hooks';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { makeCharacter, makeLook } from '../test/fixtures';
import { useLookNameIndex } from './use-look-name-index';

const ada = makeCharacter('A', { name: 'Ada' });
const bo = makeCharacter('B', { name: 'Bo' });
const list = <T,>(items: T[]) => ({ items, skipped: [] }) as AvatarList;

function setup(enabled = true, offersLook?: (look: Look) => boolean) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(avatarKeys.characters(), list([ada, bo]));
  queryClient.setQueryData(
    avatarKeys.looks(ada.id),
    list([
      makeLook('A1', ada.id, { name: 'Café Noir' }),
      makeLook('A2', ada.id, { name: 'Studio' }),
    ]),
  );
  // Looks outside a looks list (the everything list) are not what a search indexes.
  queryClient.setQueryData(
    avatarKeys.everything(),
    list([makeLook('B1', bo.id, { name: 'Beach' })]),
  );
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(({ on }) => useLookNameIndex(on, offersLook), {
    wrapper,
    initialProps: { on: enabled },
  });
  return { queryClient, hook };
}

describe('useLookNameIndex', () => {
  it('holds the folded names of the cached looks lists, by character', () => {
    const { hook } = setup();
    expect(hook.result.current).toEqual(new Map([[ada.id, ['cafe noir', 'studio']]]));
  });

  it('builds nothing while no search is typed', () => {
    const { hook } = setup(false);
    expect(hook.result.current).toBeNull();
    hook.rerender({ on: true });
    expect(hook.result.current?.get(ada.id)).toEqual(['cafe noir', 'studio']);
  });

  it('leaves out the looks the product hides', () => {
    const { hook } = setup(true, (look) => look.name !== 'Studio');
    expect(hook.result.current?.get(ada.id)).toEqual(['cafe noir']);
  });

  it('is rebuilt when a looks list changes, and kept through other cache events', () => {
    const { hook, queryClient } = setup();
    const before = hook.result.current;
    act(() => {
      queryClient.setQueryData(avatarKeys.characters(), list([ada]));
    });
    expect(hook.result.current).toBe(before);
    act(() => {
      queryClient.setQueryData(
        avatarKeys.looks(bo.id),
        list([makeLook('B2', bo.id, { name: 'Zoë' })]),
      );
    });
    expect(hook.result.current?.get(bo.id)).toEqual(['zoe']);
    expect(hook.result.current?.get(ada.id)).toEqual(['cafe noir', 'studio']);
  });
});
