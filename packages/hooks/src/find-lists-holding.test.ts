import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { avatarKeys } from './avatar-keys';
import { findListsHolding } from './find-lists-holding';
import { makeCharacter, makeLook } from './testing/avatar-fixtures';
import type { CharacterId, LookId } from './types';

const list = <T>(items: T[]) => ({ items, skipped: [] });

describe('findListsHolding', () => {
  it('finds every cached avatar list holding the id, and only those', () => {
    const queryClient = new QueryClient();
    const c1 = makeCharacter('avat_C1');
    const l1 = makeLook('avat_L1', 'avat_C1');
    queryClient.setQueryData(avatarKeys.characters(), list([c1]));
    queryClient.setQueryData(avatarKeys.looks('avat_C1' as CharacterId), list([l1]));
    queryClient.setQueryData(avatarKeys.looks('avat_C2' as CharacterId), list([]));
    queryClient.setQueryData(avatarKeys.everything(), list([c1, l1]));
    queryClient.setQueryData(['someone-else', 'avatars'], list([l1]));

    const keys = findListsHolding(queryClient, 'avat_L1' as LookId).map(({ queryKey }) => queryKey);
    expect(keys).toHaveLength(2);
    expect(keys).toEqual(
      expect.arrayContaining([avatarKeys.looks('avat_C1' as CharacterId), avatarKeys.everything()]),
    );
    const [first] = findListsHolding(queryClient, 'avat_C1' as CharacterId);
    expect(first?.list.items).toContainEqual(c1);
  });

  it('skips queries that have no data yet', () => {
    const queryClient = new QueryClient();
    queryClient.getQueryCache().build(queryClient, { queryKey: avatarKeys.public() });
    expect(findListsHolding(queryClient, 'avat_C1' as CharacterId)).toEqual([]);
  });
});
