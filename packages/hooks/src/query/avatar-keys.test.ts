import { describe, expect, it } from 'vitest';
import type { CharacterId, LookId } from '../core/types';
import { avatarKeys } from './avatar-keys';

const characterId = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4T' as CharacterId;

describe('avatarKeys', () => {
  it('roots every key under one prefix so the whole cache can be addressed at once', () => {
    const keys = [
      avatarKeys.characters(),
      avatarKeys.looks(characterId),
      avatarKeys.public(),
      avatarKeys.everything(),
      avatarKeys.favorite(characterId),
      avatarKeys.avatar(characterId),
    ];
    for (const key of keys) expect(key.slice(0, 1)).toEqual(avatarKeys.all);
    expect(avatarKeys.all).toEqual(['avatar-picker']);
  });

  it('gives each list a distinct key and each character its own looks key', () => {
    const other = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4V' as CharacterId;
    const serialized = [
      avatarKeys.characters(),
      avatarKeys.looks(characterId),
      avatarKeys.looks(other),
      avatarKeys.public(),
      avatarKeys.everything(),
    ].map((key) => JSON.stringify(key));
    expect(new Set(serialized).size).toBe(serialized.length);
  });

  it('builds stable, serializable keys', () => {
    expect(avatarKeys.looks(characterId)).toEqual(['avatar-picker', 'looks', characterId]);
    expect(avatarKeys.looks(characterId)).toEqual(avatarKeys.looks(characterId));
    expect(avatarKeys.favorite('avat_1' as LookId)).toEqual([
      'avatar-picker',
      'favorite',
      'avat_1',
    ]);
  });
});
