import { describe, expect, it } from 'vitest';
import { makeCharacter } from '../test/fixtures';
import { sortCharacters } from './sort-characters';

const names = (list: { name: string }[]) => list.map((item) => item.name);

const dated = [
  makeCharacter('A', {
    name: 'A',
    createdAt: '2024-02-01T00:00:00Z',
    updatedAt: '2024-05-01T00:00:00Z',
  }),
  makeCharacter('B', { name: 'B', createdAt: 'not a date', updatedAt: '' }),
  makeCharacter('C', {
    name: 'C',
    createdAt: '2024-03-01T00:00:00Z',
    updatedAt: '2024-03-02T00:00:00Z',
  }),
  makeCharacter('D', {
    name: 'D',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-06-01T00:00:00Z',
  }),
];

describe('sortCharacters', () => {
  it('keeps the API order without a sort, as the same array', () => {
    expect(sortCharacters(dated, null)).toBe(dated);
  });

  it('newest and oldest order by creation; updated by last update, newest first', () => {
    expect(names(sortCharacters(dated, 'newest'))).toEqual(['C', 'A', 'D', 'B']);
    expect(names(sortCharacters(dated, 'oldest'))).toEqual(['D', 'A', 'C', 'B']);
    expect(names(sortCharacters(dated, 'updated'))).toEqual(['D', 'A', 'C', 'B']);
  });

  it('puts dates that do not parse last in either direction, without throwing', () => {
    const bad = [
      makeCharacter('X', { name: 'X', createdAt: '' }),
      makeCharacter('Y', { name: 'Y', createdAt: '2024-13-45' }),
      makeCharacter('Z', { name: 'Z', createdAt: '2024-01-01T00:00:00Z' }),
    ];
    expect(names(sortCharacters(bad, 'newest'))).toEqual(['Z', 'X', 'Y']);
    expect(names(sortCharacters(bad, 'oldest'))).toEqual(['Z', 'X', 'Y']);
  });

  it('is stable: ties keep the order they came in', () => {
    const same = ['P', 'Q', 'R', 'S'].map((id) => makeCharacter(id, { name: id }));
    expect(names(sortCharacters(same, 'newest'))).toEqual(['P', 'Q', 'R', 'S']);
    expect(names(sortCharacters(same, 'oldest'))).toEqual(['P', 'Q', 'R', 'S']);
    const twins = ['1', '2', '3'].map((id) => makeCharacter(id, { name: 'Zoë' }));
    expect(sortCharacters([...twins].reverse(), 'name').map(({ id }) => id)).toEqual([
      'avat_3',
      'avat_2',
      'avat_1',
    ]);
  });

  it('orders names ignoring case and accents, numbers by value, in the given locale', () => {
    const list = ['zoé', 'Agent 10', 'Émile', 'agent 9', 'Zoe'].map((name, index) =>
      makeCharacter(String(index), { name }),
    );
    expect(names(sortCharacters(list, 'name', 'en'))).toEqual([
      'agent 9',
      'Agent 10',
      'Émile',
      'zoé',
      'Zoe',
    ]);
    const swedish = ['Ö', 'Z', 'O'].map((name) => makeCharacter(name, { name }));
    expect(names(sortCharacters(swedish, 'name', 'sv'))).toEqual(['O', 'Z', 'Ö']);
    // In German Ö is an O with an accent: the two tie and keep their order.
    expect(names(sortCharacters(swedish, 'name', 'de'))).toEqual(['Ö', 'O', 'Z']);
  });

  it('falls back to the runtime locale for a malformed locale label', () => {
    const list = ['b', 'a'].map((name) => makeCharacter(name, { name }));
    expect(names(sortCharacters(list, 'name', 'not a locale!'))).toEqual(['a', 'b']);
  });

  it('leaves its input untouched', () => {
    const input = [...dated];
    sortCharacters(input, 'name');
    sortCharacters(input, 'oldest');
    expect(input).toEqual(dated);
  });
});
