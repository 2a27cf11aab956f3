import { describe, expect, it } from 'vitest';
import { getInitials } from './get-initials';

describe('getInitials', () => {
  it.each([
    ['Professional Avatar', 'PA'],
    ['zoë', 'Z'],
    ['  Anna  Maria  Lopez ', 'AM'],
    ['さくら もも', 'さも'],
    ['', ''],
  ])('%s -> %s', (name, expected) => {
    expect(getInitials(name)).toBe(expected);
  });
});
