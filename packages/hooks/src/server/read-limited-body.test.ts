import { describe, expect, it } from 'vitest';
import { readLimitedBody } from './read-limited-body';

function streamed(chunks: Uint8Array[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request('http://x.test/', { method: 'PUT', body, duplex: 'half' } as RequestInit);
}

describe('readLimitedBody', () => {
  it('reads a body within the limit', async () => {
    const request = new Request('http://x.test/', { method: 'PUT', body: '{"a":1}' });
    expect(await readLimitedBody(request, 1024)).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('reads an absent body as empty text', async () => {
    expect(await readLimitedBody(new Request('http://x.test/'), 10)).toEqual({
      ok: true,
      text: '',
    });
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const request = new Request('http://x.test/', {
      method: 'PUT',
      body: 'x',
      headers: { 'content-length': '5000' },
    });
    expect(await readLimitedBody(request, 1024)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('stops reading a streamed body once it passes the limit', async () => {
    const chunk = new Uint8Array(600);
    expect(await readLimitedBody(streamed([chunk, chunk, chunk]), 1024)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('refuses bytes that are not UTF-8', async () => {
    expect(await readLimitedBody(streamed([new Uint8Array([0xff, 0xfe])]), 10)).toEqual({
      ok: false,
      reason: 'not-utf8',
    });
  });

  it('reports a stream that breaks', async () => {
    const body = new ReadableStream({
      pull(controller) {
        controller.error(new Error('reset'));
      },
    });
    const request = new Request('http://x.test/', {
      method: 'PUT',
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await readLimitedBody(request, 10)).toEqual({ ok: false, reason: 'unreadable' });
  });
});
