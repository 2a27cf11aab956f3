import type { AvatarApiError } from '@avatar-picker/hooks';
import { describe, expect, it } from 'vitest';
import { defaultLabels, mergeLabels } from '../store/default-labels';
import { describeApiError } from './describe-api-error';

const error = (kind: AvatarApiError['kind'], retryAfterMs: number | null = null) =>
  ({ kind, retryAfterMs }) as AvatarApiError;

describe('describeApiError', () => {
  it.each([
    ['auth', /API key was refused/],
    ['forbidden', /denied/],
    ['not-found', /could not be found/],
    ['bad-request', /rejected/],
    ['server', /had a problem/],
    ['network', /Check your connection/],
    ['invalid-response', /could not be read/],
    ['aborted', /cancelled/],
  ] as const)('describes %s', (kind, copy) => {
    expect(describeApiError(error(kind), defaultLabels)).toMatch(copy);
  });

  it('counts down a rate limit in whole seconds from Retry-After', () => {
    expect(describeApiError(error('rate-limited', 12_000), defaultLabels)).toBe(
      'Too many requests — retrying in 12 s',
    );
    expect(describeApiError(error('rate-limited', 12_000), defaultLabels, 2_100)).toBe(
      'Too many requests — retrying in 3 s',
    );
    expect(describeApiError(error('rate-limited'), defaultLabels)).toBe(
      'Too many requests — retrying in 5 s',
    );
  });

  it('uses labels merged over the defaults', () => {
    const labels = mergeLabels({ errorNetwork: 'Hors ligne', filter: { all: 'Tous' } as never });
    expect(describeApiError(error('network'), labels)).toBe('Hors ligne');
    expect(labels.filter).toEqual({ ...defaultLabels.filter, all: 'Tous' });
  });
});
