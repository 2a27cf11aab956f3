import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api';
import type { MockApi, MockApiOptions, WireAvatar } from '../types';
import { clips } from './clips';

const listAs = async (api: MockApi, path: string) => {
  const response = await api.fetch(`http://api.test${path}`, {
    headers: { 'x-api-key': 'demo-key' },
  });
  return ((await response.json()) as { avatars: WireAvatar[] }).avatars;
};

async function lookWithVideo(options: MockApiOptions = {}, start = Date.UTC(2026, 0, 1)) {
  let now = start;
  const api = createMockApi({ characters: 20, urlTtlSeconds: 60, now: () => now, ...options });
  for (const character of await listAs(api, '/v1/avatars')) {
    const look = (await listAs(api, `/v1/avatars?parent_id=${character.avatar_id}`)).find(
      (row) => row.video_url !== undefined,
    );
    if (look?.video_url) {
      return { api, look, videoUrl: look.video_url, advance: (ms: number) => (now += ms) };
    }
  }
  throw new Error('no look with a video');
}

const clipSizes = clips.map((base64) => atob(base64).length);

describe('signed video URLs', () => {
  it('serve a WebM clip with Accept-Ranges, without an API key', async () => {
    const { api, videoUrl } = await lookWithVideo();
    const response = await api.fetch(videoUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/webm');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(clipSizes).toContain(bytes.byteLength);
    expect([...bytes.slice(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  });

  it('expire after urlTtlSeconds (injected clock) with 403 "Signed URL expired"', async () => {
    const { api, videoUrl, advance } = await lookWithVideo();
    advance(59_000);
    expect((await api.fetch(videoUrl)).status).toBe(200);
    advance(2_000);
    const response = await api.fetch(videoUrl);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Signed URL expired' });
  });

  it('live at least the whole TTL when minted late in a second', async () => {
    const { api, videoUrl, advance } = await lookWithVideo(
      { urlTtlSeconds: 1 },
      Date.UTC(2026, 0, 1) + 999,
    );
    advance(1_000);
    expect((await api.fetch(videoUrl)).status).toBe(200);
  });

  it('are minted fresh, with a new expiry, in every list response', async () => {
    const { api, look, videoUrl, advance } = await lookWithVideo();
    advance(5_000);
    const again = (await listAs(api, `/v1/avatars?parent_id=${look.parent_id}`)).find(
      (row) => row.avatar_id === look.avatar_id,
    );
    const expiresOf = (url: string) => Number(new URL(url).searchParams.get('expires'));
    expect(expiresOf(again?.video_url ?? '')).toBe(expiresOf(videoUrl) + 5);
  });

  it.each([
    ['a changed signature', (url: URL) => url.searchParams.set('sig', `${'0'.repeat(63)}1`)],
    [
      'a later expiry',
      (url: URL) =>
        url.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 1)),
    ],
    [
      'another look id',
      (url: URL) => (url.pathname = url.pathname.replace(/avat_\w{6}/, 'avat_000000')),
    ],
    ['no signature', (url: URL) => url.searchParams.delete('sig')],
    ['a non-hex signature', (url: URL) => url.searchParams.set('sig', 'z'.repeat(64))],
  ])('refuse %s with 403 "Invalid signature"', async (_label, tamper) => {
    const { api, videoUrl } = await lookWithVideo();
    const url = new URL(videoUrl);
    tamper(url);
    const response = await api.fetch(url);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Invalid signature' });
  });

  it('are refused when signed with another secret', async () => {
    const { videoUrl } = await lookWithVideo({ secret: 'one' });
    const other = createMockApi({ characters: 20, secret: 'two', now: () => Date.UTC(2026, 0, 1) });
    expect((await other.fetch(videoUrl)).status).toBe(403);
  });

  it('answer ranges with 206 and Content-Range, and impossible ones with 416', async () => {
    const { api, videoUrl } = await lookWithVideo();
    const size = (await (await api.fetch(videoUrl)).arrayBuffer()).byteLength;
    const ranged = (range: string) => api.fetch(videoUrl, { headers: { range } });

    const first = await ranged('bytes=0-99');
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${size}`);
    expect((await first.arrayBuffer()).byteLength).toBe(100);

    const open = await ranged(`bytes=${size - 10}-`);
    expect(open.headers.get('content-range')).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect((await open.arrayBuffer()).byteLength).toBe(10);

    const suffix = await ranged('bytes=-20');
    expect(suffix.status).toBe(206);
    expect((await suffix.arrayBuffer()).byteLength).toBe(20);

    const beyond = await ranged(`bytes=${size}-`);
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${size}`);
  });

  it('answer HEAD with headers only', async () => {
    const { api, videoUrl } = await lookWithVideo();
    const response = await api.fetch(videoUrl, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(1000);
    expect(await response.text()).toBe('');
  });
});

describe('preview images', () => {
  it('are distinct, cacheable SVGs with the name escaped', async () => {
    const api = createMockApi({ characters: 2 });
    const [first, second] = await listAs(api, '/v1/avatars');
    await api.fetch(`http://api.test/v1/avatars/${first?.avatar_id}`, {
      method: 'PUT',
      headers: { 'x-api-key': 'demo-key' },
      body: JSON.stringify({ name: '<script>alert("x")</script> & co' }),
    });
    const image = await api.fetch(first?.preview_img_url ?? '');
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(image.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const svg = await image.text();
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).not.toContain('<script>');
    const otherSvg = await (await api.fetch(second?.preview_img_url ?? '')).text();
    expect(otherSvg).not.toBe(svg);
  });

  it('revalidate with ETag and 404 for unknown ids', async () => {
    const api = createMockApi({ characters: 1 });
    const [row] = await listAs(api, '/v1/avatars');
    const etag = (await api.fetch(row?.preview_img_url ?? '')).headers.get('etag') ?? '';
    const revalidated = await api.fetch(row?.preview_img_url ?? '', {
      headers: { 'if-none-match': etag },
    });
    expect(revalidated.status).toBe(304);
    const missing = await api.fetch(
      'http://api.test/media/image/avat_01H3Z8G9YR3K2N5M6P7Q8W4TAB.svg',
    );
    expect(missing.status).toBe(404);
  });

  it('answer 405 for other methods', async () => {
    const api = createMockApi({ characters: 1 });
    const [row] = await listAs(api, '/v1/avatars');
    const response = await api.fetch(row?.preview_img_url ?? '', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
