import { describe, expect, it } from 'vitest';
import { makeCharacter } from '../test/fixtures';
import { filterCharacters } from './filter-characters';

const own = [
  makeCharacter('A', { name: 'Zoë Martin', isFavorite: true }),
  makeCharacter('B', { name: 'Bob' }),
];
const shared = [
  makeCharacter('A', { name: 'Zoë Martin', isFavorite: true, isPublic: true }),
  makeCharacter('C', { name: 'Élodie', isPublic: true }),
  makeCharacter('D', { name: 'Dana', isPublic: true, isFavorite: true }),
];
const lists = { own, public: shared };
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('filterCharacters', () => {
  it('all = own then public, deduplicated by id', () => {
    expect(ids(filterCharacters(lists, 'all', ''))).toEqual([
      'avat_A',
      'avat_B',
      'avat_C',
      'avat_D',
    ]);
  });

  it('mine = own characters only', () => {
    expect(ids(filterCharacters(lists, 'mine', ''))).toEqual(['avat_A', 'avat_B']);
  });

  it('public = public characters only', () => {
    expect(ids(filterCharacters(lists, 'public', ''))).toEqual(['avat_A', 'avat_C', 'avat_D']);
  });

  it('favorites = favorites among all', () => {
    expect(ids(filterCharacters(lists, 'favorites', ''))).toEqual(['avat_A', 'avat_D']);
  });

  it('treats lists that have not loaded as empty', () => {
    expect(filterCharacters({ own: undefined, public: undefined }, 'all', '')).toEqual([]);
    expect(ids(filterCharacters({ own, public: undefined }, 'all', ''))).toEqual([
      'avat_A',
      'avat_B',
    ]);
  });

  it('searches names ignoring case and accents', () => {
    expect(ids(filterCharacters(lists, 'all', 'zoe'))).toEqual(['avat_A']);
    expect(ids(filterCharacters(lists, 'all', 'ELODIE'))).toEqual(['avat_C']);
    expect(ids(filterCharacters(lists, 'all', 'élo'))).toEqual(['avat_C']);
  });

  it('ignores surrounding whitespace in the query and combines it with the filter', () => {
    expect(ids(filterCharacters(lists, 'favorites', '  da '))).toEqual(['avat_D']);
    expect(filterCharacters(lists, 'mine', 'dana')).toEqual([]);
  });
});
