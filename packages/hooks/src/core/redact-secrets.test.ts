import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets';

describe('redactSecrets', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redactSecrets('key sk_1 and sk_1 or tok_2', ['sk_1', 'tok_2'])).toBe(
      'key [redacted] and [redacted] or [redacted]',
    );
  });

  it('ignores empty secrets and leaves other text alone', () => {
    expect(redactSecrets('nothing secret', [''])).toBe('nothing secret');
  });
});
