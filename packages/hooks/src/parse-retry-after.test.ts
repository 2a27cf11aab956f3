import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parse-retry-after';

const NOW = Date.parse('2025-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay seconds', () => {
    expect(parseRetryAfter('30', NOW)).toBe(30_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP-date relative to now', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:45 GMT', NOW)).toBe(45_000);
  });

  it('clamps a date in the past to zero', () => {
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', NOW)).toBe(0);
  });

  it.each([null, '', 'soon', '-5', '1.5', '99999999999999999999'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeNull();
  });
});
