import { describe, expect, it } from 'vitest';
import { isRecord } from './is-record';

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({ avatars: [] })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    for (const value of [null, undefined, [], 'text', 42, true]) {
      expect(isRecord(value)).toBe(false);
    }
  });
});
