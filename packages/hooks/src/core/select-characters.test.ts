import { describe, expect, it } from 'vitest';
import { makeCharacter, makeLook } from '../testing/avatar-fixtures';
import { type CharacterSources, selectCharacters } from './select-characters';
import type { Character } from './types';

const mine = makeCharacter('avat_MINE');
const minePublic = makeCharacter('avat_MINEPUB', { isPublic: true });
const mineFavorite = makeCharacter('avat_MINEFAV', { isFavorite: true });
const other = makeCharacter('avat_OTHER', { isPublic: true });
const otherFavorite = makeCharacter('avat_OTHERFAV', { isPublic: true, isFavorite: true });
const lookOfMine = makeLook('avat_LMINE', mine.id, { isFavorite: true });
const lookOfOther = makeLook('avat_LOTHER', other.id, { isFavorite: true });

const sources: CharacterSources = {
  own: [mine, minePublic, mineFavorite],
  public: [otherFavorite, minePublic, other, lookOfOther],
  all: [mine, minePublic, mineFavorite, lookOfMine],
};

const ids = (characters: Character[]) => characters.map((character) => character.id);

describe('selectCharacters', () => {
  it('shows own characters first, then public ones not owned, each once, for all', () => {
    expect(ids(selectCharacters(sources, 'all'))).toEqual([
      'avat_MINE',
      'avat_MINEPUB',
      'avat_MINEFAV',
      'avat_OTHERFAV',
      'avat_OTHER',
    ]);
  });

  it('shows the own characters for mine', () => {
    expect(ids(selectCharacters(sources, 'mine'))).toEqual([
      'avat_MINE',
      'avat_MINEPUB',
      'avat_MINEFAV',
    ]);
  });

  it('shows the public characters, never the looks in that list, for public', () => {
    expect(ids(selectCharacters(sources, 'public'))).toEqual([
      'avat_OTHERFAV',
      'avat_MINEPUB',
      'avat_OTHER',
    ]);
  });

  it('shows favorite characters and characters with a favorite look, in the all order', () => {
    expect(ids(selectCharacters(sources, 'favorites'))).toEqual([
      'avat_MINE',
      'avat_MINEFAV',
      'avat_OTHERFAV',
      'avat_OTHER',
    ]);
  });

  it('does not count a look that is not a favorite', () => {
    const notFavorite = makeLook('avat_LPLAIN', minePublic.id);
    const result = selectCharacters(
      { own: [minePublic], public: [], all: [notFavorite] },
      'favorites',
    );
    expect(result).toEqual([]);
  });

  it('skips a favorite look whose character is in neither list', () => {
    const orphan = makeLook('avat_LORPHAN', 'avat_GONE', { isFavorite: true });
    expect(selectCharacters({ own: [mine], public: [], all: [orphan] }, 'favorites')).toEqual([]);
  });

  it('keeps the own copy of a character that is also public', () => {
    const stalePublicCopy = { ...minePublic, name: 'older name' };
    const [first] = selectCharacters({ own: [minePublic], public: [stalePublicCopy] }, 'all');
    expect(first).toBe(minePublic);
  });

  it('treats lists that have not loaded as empty', () => {
    const empty = { own: undefined, public: undefined };
    for (const filter of ['all', 'favorites', 'mine', 'public'] as const) {
      expect(selectCharacters(empty, filter)).toEqual([]);
    }
    expect(ids(selectCharacters({ own: [mineFavorite], public: undefined }, 'favorites'))).toEqual([
      'avat_MINEFAV',
    ]);
  });
});
