import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MountedWebHandler, toNodeHandler, type WebHandler } from './to-node-handler';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: Server | undefined;

afterEach(async () => {
  const current = server;
  server = undefined;
  if (current !== undefined) await new Promise((resolve) => current.close(resolve));
});

async function listen(
  handler: MountedWebHandler,
  next?: (error?: unknown) => void,
  mountPath = '',
): Promise<number> {
  const node = toNodeHandler(handler);
  const created = createServer((req, res) => {
    // What Express and Connect do for `use(mountPath, handler)`.
    if (mountPath !== '') {
      Object.assign(req, { originalUrl: req.url, url: req.url?.slice(mountPath.length) || '/' });
    }
    node(req, res, next);
  });
  server = created;
  await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
  return (created.address() as AddressInfo).port;
}

/** node:http sends the path byte for byte, unlike fetch, which normalizes `..`. */
function raw(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('toNodeHandler', () => {
  it('passes method, URL, headers and body to the handler and writes its response', async () => {
    const seen: { method: string; url: string; header: string | null; body: string }[] = [];
    const port = await listen(async (request) => {
      seen.push({
        method: request.method,
        url: request.url,
        header: request.headers.get('x-test'),
        body: await request.text(),
      });
      return new Response('{"ok":true}', {
        status: 201,
        headers: { 'content-type': 'application/json', 'retry-after': '3' },
      });
    });
    const response = await raw(port, '/v1/avatars/avat_1?x=1', {
      method: 'PUT',
      headers: { 'x-test': 'yes', 'content-type': 'application/json' },
      body: '{"is_favorite":true}',
    });
    expect(response).toMatchObject({ status: 201, body: '{"ok":true}' });
    expect(response.headers['retry-after']).toBe('3');
    expect(seen).toEqual([
      {
        method: 'PUT',
        url: `http://127.0.0.1:${port}/v1/avatars/avat_1?x=1`,
        header: 'yes',
        body: '{"is_favorite":true}',
      },
    ]);
  });

  it.each([
    '/v1/avatars/../sessions',
    '/v1/avatars/%2e%2e/sessions',
    '/v1/avatars%2Fpublic',
    '/v1/avatars%5c..%5csessions',
    '/v1//avatars',
  ])('refuses raw path %s before the URL is normalized', async (path) => {
    const handler = vi.fn<WebHandler>(async () => new Response('reached'));
    const port = await listen(handler);
    const response = await raw(port, path);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'INVALID_PATH' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('does not let the Host header shape the request URL', async () => {
    const urls: string[] = [];
    const port = await listen(async (request) => {
      urls.push(request.url);
      return new Response(null, { status: 204 });
    });
    await raw(port, '/v1/avatars', { headers: { host: 'evil.test/@x' } });
    expect(urls).toEqual(['http://localhost/v1/avatars']);
  });

  it('hands handler failures to next', async () => {
    const failure = new Error('boom');
    const next = vi.fn();
    const port = await listen(
      async () => {
        throw failure;
      },
      (error) => {
        next(error);
        server?.closeAllConnections();
      },
    );
    await raw(port, '/v1/avatars').catch(() => undefined);
    expect(next).toHaveBeenCalledWith(failure);
  });

  it('answers 500 for handler failures without next', async () => {
    const port = await listen(async () => {
      throw new Error('boom');
    });
    const response = await raw(port, '/v1/avatars');
    expect(response).toMatchObject({ status: 500, body: '' });
  });

  it('aborts the request signal when the client disconnects', async () => {
    let aborted: Promise<boolean> | undefined;
    const port = await listen(
      (request) =>
        new Promise<Response>(() => {
          aborted = new Promise((resolve) => {
            request.signal.addEventListener('abort', () => resolve(true));
          });
        }),
    );
    const req = httpRequest({ host: '127.0.0.1', port, path: '/v1/avatars' });
    req.on('error', () => undefined);
    req.end();
    await vi.waitFor(() => expect(aborted).toBeDefined());
    req.destroy();
    expect(await aborted).toBe(true);
  });

  describe('with a basePath', () => {
    function mounted(): MountedWebHandler & ReturnType<typeof vi.fn<WebHandler>> {
      const handler = vi.fn<WebHandler>(async (request) => new Response(request.url));
      return Object.assign(handler, { basePath: '/api/avatars' });
    }

    it.each([
      ['at the root', ''],
      ['under a path the server strips', '/api'],
    ])('hands over the full path when mounted %s', async (_, mountPath) => {
      const handler = mounted();
      const port = await listen(handler, undefined, mountPath);
      const response = await raw(port, '/api/avatars/v1/avatars?x=1');
      expect(response.body).toBe(`http://127.0.0.1:${port}/api/avatars/v1/avatars?x=1`);
    });

    it.each(['/', '/health', '/api/avatarsX/v1/avatars', '/v1/avatars'])(
      'passes %s, outside basePath, to next untouched',
      async (path) => {
        const handler = mounted();
        // Stands for the app answering the request.
        const next = vi.fn(() => server?.closeAllConnections());
        const port = await listen(handler, next);
        await raw(port, path).catch(() => undefined);
        expect(next).toHaveBeenCalledExactlyOnceWith();
        expect(handler).not.toHaveBeenCalled();
      },
    );

    it('answers a JSON 404 outside basePath without next', async () => {
      const handler = mounted();
      const port = await listen(handler);
      const response = await raw(port, '/health');
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(handler).not.toHaveBeenCalled();
    });

    it('still refuses unsafe raw paths under basePath', async () => {
      const handler = mounted();
      const port = await listen(handler, undefined, '/api');
      const response = await raw(port, '/api/avatars/v1/avatars/../sessions');
      expect(response.status).toBe(400);
      expect(handler).not.toHaveBeenCalled();
    });
  });
});
