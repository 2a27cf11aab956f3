import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text';

describe('foldText', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['ÉLODIE', 'elodie'],
    ['Ångström', 'angstrom'],
    ['José Núñez', 'jose nunez'],
    ['Дмитрий', 'дмитрии'],
    ['さくら', 'さくら'],
    ['Άννα', 'αννα'],
    ['מִרְיָם', 'מרים'],
    ['مُحَمَّد', 'محمد'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps text without marks unchanged apart from case', () => {
    expect(foldText('Plain Name 42')).toBe('plain name 42');
  });

  it('keeps the marks that make another letter, so one letter is not found inside another', () => {
    expect(foldText('ガ')).toBe('ガ');
    expect(foldText('ガイ').includes(foldText('カ'))).toBe(false);
    expect(foldText('किरण')).toBe('किरण');
    expect(foldText('कि').includes(foldText('कु'))).toBe(false);
    expect(foldText('กิ่ง')).toBe('กิ่ง');
  });
});
