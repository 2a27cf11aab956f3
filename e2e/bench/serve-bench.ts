import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createAvatarProxy, toNodeHandler } from '@avatar-picker/hooks/server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built bench page and, under `/api/<characters>`, the avatar proxy in front of the
 * fake holding that many characters: the browser reaches the data the way a consumer app's does.
 */
export async function serveBench(
  distDir: string,
  upstreams: ReadonlyMap<number, string>,
): Promise<BenchServer> {
  const proxies = new Map(
    [...upstreams].map(([characters, upstream]) => [
      `/api/${characters}`,
      toNodeHandler(
        createAvatarProxy({ apiKey: 'demo-key', upstream, basePath: `/api/${characters}` }),
      ),
    ]),
  );
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const prefix = pathname.match(/^\/api\/\d+/)?.[0];
    const proxy = prefix === undefined ? undefined : proxies.get(prefix);
    if (proxy !== undefined) {
      proxy(req, res);
      return;
    }
    const file = normalize(join(distDir, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(distDir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
