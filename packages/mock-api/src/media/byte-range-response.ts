type RangeRequest = { start: number; end: number } | 'unsatisfiable' | null;

/**
 * Reads a single `bytes=` range. Malformed or multi-part ranges give null: HTTP lets a server
 * ignore those and send the whole body, which is what a client must then accept.
 */
export function parseByteRange(header: string | null, size: number): RangeRequest {
  if (header === null) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

/** 200 with the whole body, 206 with the requested slice, or 416 when the range cannot be met. */
export function byteRangeResponse(request: Request, bytes: Uint8Array, headers: Headers): Response {
  const size = bytes.byteLength;
  headers.set('accept-ranges', 'bytes');
  const range = parseByteRange(request.headers.get('range'), size);
  const withBody = request.method !== 'HEAD';
  if (range === 'unsatisfiable') {
    headers.set('content-range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  if (range === null) {
    headers.set('content-length', String(size));
    return new Response(withBody ? bytes.slice() : null, { status: 200, headers });
  }
  const slice = bytes.slice(range.start, range.end + 1);
  headers.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
  headers.set('content-length', String(slice.byteLength));
  return new Response(withBody ? slice : null, { status: 206, headers });
}
