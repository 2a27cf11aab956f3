import type { ApiContext } from '../api/api-context';
import { hashString } from '../dataset/create-random';
import { bareError } from '../http/json-response';
import { byteRangeResponse } from './byte-range-response';
import { clipBytes } from './clip-bytes';
import { renderAvatarSvg } from './render-avatar-svg';

/** `GET /media/image/{id}.svg`: public and cacheable, revalidated by an ETag that tracks renames. */
export function serveImage(context: ApiContext, request: Request, avatarId: string): Response {
  const record = context.dataset.find(avatarId);
  if (!record) return bareError(404, 'Not found');
  const svg = renderAvatarSvg(record.id, context.state.nameOf(record));
  const etag = `"${hashString(svg).toString(36)}"`;
  const headers = new Headers({
    'content-type': 'image/svg+xml; charset=utf-8',
    'cache-control': 'public, max-age=86400',
    etag,
  });
  if (request.headers.get('if-none-match') === etag) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === 'HEAD' ? null : svg, { status: 200, headers });
}

/** `GET /media/video/{lookId}.webm?expires=&sig=`: a signed, expiring, range-capable clip. */
export async function serveVideo(
  context: ApiContext,
  request: Request,
  url: URL,
  lookId: string,
): Promise<Response> {
  const expiresText = url.searchParams.get('expires') ?? '';
  const expires = /^\d{1,12}$/.test(expiresText) ? Number(expiresText) : null;
  const signature = url.searchParams.get('sig') ?? '';
  if (expires === null || !(await context.signer.verify(lookId, expires, signature))) {
    return bareError(403, 'Invalid signature');
  }
  if (context.options.now() / 1000 > expires) return bareError(403, 'Signed URL expired');
  const record = context.dataset.find(lookId);
  if (record?.kind !== 'look' || !record.hasVideo) return bareError(404, 'Not found');
  const { bytes, clipIndex } = clipBytes(lookId);
  const headers = new Headers({
    'content-type': 'video/webm',
    // Private: the URL is a credential until it expires.
    'cache-control': `private, max-age=${Math.max(0, expires - Math.floor(context.options.now() / 1000))}`,
    etag: `"clip-${clipIndex}"`,
  });
  return byteRangeResponse(request, bytes, headers);
}
