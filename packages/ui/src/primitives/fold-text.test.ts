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
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps text without marks unchanged apart from case', () => {
    expect(foldText('Plain Name 42')).toBe('plain name 42');
  });
});
