import { type CharacterId, type CharacterSources, selectCharacters } from '@avatar-picker/hooks';
import { describe, expect, it } from 'vitest';
import { makeCharacter } from '../test/fixtures';
import { type AvatarPickerFilter, searchCharacters } from './filter-characters';

/** What the picker shows: the hooks' selection for a filter, then the search. */
const filterCharacters = (
  sources: CharacterSources,
  filter: Exclude<AvatarPickerFilter, 'recent'>,
  query: string,
) => searchCharacters(selectCharacters(sources, filter), query);

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

describe('searchCharacters after a filter', () => {
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

  it('finds a character by the folded name of one of its cached looks, keeping the order', () => {
    const lookNames = new Map([
      ['avat_B' as CharacterId, ['studio portrait', 'beach']],
      ['avat_D' as CharacterId, ['cafe']],
    ]);
    const all = selectCharacters(lists, 'all');
    expect(ids(searchCharacters(all, 'Café', lookNames))).toEqual(['avat_D']);
    expect(ids(searchCharacters(all, ' PORTRAIT ', lookNames))).toEqual(['avat_B']);
    // Matched by name (A, D) or by a look (B): the list order holds.
    expect(ids(searchCharacters(all, 'a', lookNames))).toEqual(['avat_A', 'avat_B', 'avat_D']);
    expect(searchCharacters(all, 'nowhere', lookNames)).toEqual([]);
    expect(searchCharacters(all, '  ', lookNames)).toBe(all);
  });
});
