import { describe, expect, it } from 'vitest';
import { AvatarApiError, isAvatarApiError, parseRetryAfter } from './avatar-api-error';

const NOW = Date.parse('2025-01-01T00:00:00Z');

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

describe('AvatarApiError.fromResponse', () => {
  it.each([
    [400, 'bad-request'],
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [405, 'bad-request'],
    [409, 'bad-request'],
    [418, 'bad-request'],
    [422, 'bad-request'],
    [429, 'rate-limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'server'],
    [302, 'invalid-response'],
  ] as const)('maps status %i to kind %s', async (status, kind) => {
    const error = await AvatarApiError.fromResponse(new Response(null, { status }));
    expect(error).toBeInstanceOf(AvatarApiError);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.name).toBe('AvatarApiError');
  });

  it('reads the envelope shape', async () => {
    const error = await AvatarApiError.fromResponse(
      jsonResponse(404, {
        success: false,
        error: {
          message: 'Avatar not found',
          suggestion: 'Check the id',
          code: 'AVATAR_NOT_FOUND',
          details: { id: 'avat_1' },
        },
      }),
    );
    expect(error.message).toBe('Avatar not found');
    expect(error.suggestion).toBe('Check the id');
    expect(error.code).toBe('AVATAR_NOT_FOUND');
    expect(error.details).toEqual({ id: 'avat_1' });
  });

  it('reads the bare shape', async () => {
    const error = await AvatarApiError.fromResponse(
      jsonResponse(401, { error: 'API key required' }),
    );
    expect(error).toMatchObject({
      kind: 'auth',
      message: 'API key required',
      suggestion: null,
      code: null,
    });
  });

  it.each([
    ['an empty body', ''],
    ['an HTML page', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['JSON without an error', '{"success":false}'],
    ['a JSON array', '[1,2]'],
    ['an error object without a message', '{"error":{"code":"X"}}'],
  ])('falls back to a default message per status for %s', async (_, body) => {
    const notFound = await AvatarApiError.fromResponse(new Response(body, { status: 404 }));
    const badGateway = await AvatarApiError.fromResponse(new Response(body, { status: 502 }));
    expect(notFound.message).toBe('Avatar not found');
    expect(badGateway.message).toMatch(/bad gateway/i);
    expect(badGateway.kind).toBe('server');
  });

  it('gives every status a readable default', async () => {
    const teapot = await AvatarApiError.fromResponse(new Response('', { status: 418 }));
    const unknown = await AvatarApiError.fromResponse(new Response('', { status: 599 }));
    expect(teapot.message).toContain('418');
    expect(unknown.message).toContain('599');
  });

  it('never crashes when the body cannot be read', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.error(new Error('socket hang up'));
      },
    });
    const error = await AvatarApiError.fromResponse(new Response(body, { status: 500 }));
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/internal error/);
  });

  it('reads Retry-After in seconds', async () => {
    const error = await AvatarApiError.fromResponse(
      jsonResponse(429, { error: 'Slow down' }, { 'retry-after': '7' }),
    );
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(7000);
  });

  it('reads Retry-After as an HTTP-date', async () => {
    const error = await AvatarApiError.fromResponse(
      new Response('', {
        status: 503,
        headers: { 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' },
      }),
      { now: () => NOW },
    );
    expect(error.retryAfterMs).toBe(10_000);
  });

  it('has no retry hint without Retry-After', async () => {
    const error = await AvatarApiError.fromResponse(new Response('', { status: 429 }));
    expect(error.retryAfterMs).toBeNull();
  });

  it('scrubs secrets from every field read out of the body', async () => {
    const key = 'sk_live_SECRET123';
    const error = await AvatarApiError.fromResponse(
      jsonResponse(401, {
        success: false,
        error: {
          message: `Invalid API key ${key}`,
          suggestion: `Replace ${key}`,
          code: 'INVALID_API_KEY',
          details: { key },
        },
      }),
      { secrets: [key] },
    );
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(key);
    expect(error.message).toBe('Invalid API key [redacted]');
  });

  it('shortens huge messages', async () => {
    const error = await AvatarApiError.fromResponse(
      jsonResponse(500, { error: 'x'.repeat(10_000) }),
    );
    expect(error.message.length).toBeLessThanOrEqual(501);
  });
});

describe('AvatarApiError', () => {
  it('keeps the cause and defaults optional fields to null', () => {
    const cause = new TypeError('Failed to fetch');
    const error = new AvatarApiError({ kind: 'network', message: 'offline', cause });
    expect(error.cause).toBe(cause);
    expect(error).toMatchObject({ status: null, suggestion: null, code: null, retryAfterMs: null });
  });
});

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

describe('isAvatarApiError', () => {
  it('recognizes AvatarApiError instances', () => {
    expect(isAvatarApiError(new AvatarApiError({ kind: 'network', message: 'offline' }))).toBe(
      true,
    );
  });

  it('recognizes an error built by another copy of the package', () => {
    const foreign = Object.assign(new Error('Avatar not found'), {
      name: 'AvatarApiError',
      kind: 'not-found',
    });
    expect(isAvatarApiError(foreign)).toBe(true);
  });

  it('refuses other errors and plain objects that only look alike', () => {
    expect(isAvatarApiError(new Error('x'))).toBe(false);
    expect(isAvatarApiError(Object.assign(new Error('x'), { name: 'AvatarApiError' }))).toBe(false);
    expect(isAvatarApiError({ name: 'AvatarApiError', kind: 'auth' })).toBe(false);
    expect(isAvatarApiError(null)).toBe(false);
  });
});
