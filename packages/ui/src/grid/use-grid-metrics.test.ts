import { describe, expect, it } from 'vitest';
import { columnsFor } from './use-grid-metrics';

describe('columnsFor', () => {
  it.each([
    [408, 96, 8, 4],
    [407, 96, 8, 3],
    [96, 96, 8, 1],
    [10, 96, 8, 1],
    [1000, 120, 0, 8],
  ])('width %i, tile %i, gap %i -> %i columns', (width, tile, gap, expected) => {
    expect(columnsFor(width, tile, gap)).toBe(expected);
  });
});
