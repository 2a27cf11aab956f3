// Types only: this module must load on any runtime, so node:http is never imported for real.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jsonErrorResponse } from './create-avatar-proxy';
import { isUnsafeRawPath } from './resolve-proxy-route';

export type WebHandler = (request: Request) => Promise<Response>;
export type NodeNext = (error?: unknown) => void;
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: NodeNext) => void;

const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Uint8Array | string) => {
        if (finished) return;
        controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
        // Back-pressure: stop reading the socket until the consumer asks for more.
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => {
        if (finished) return;
        finished = true;
        controller.close();
      });
      req.on('error', (error) => {
        if (finished) return;
        finished = true;
        controller.error(error);
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      finished = true;
      // Node discards whatever remains of the body once the response is finished.
      req.pause();
    },
  });
}

function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const host = req.headers.host;
  // The Host header is client-controlled; only a well-formed one may shape request.url.
  const origin = `http://${host !== undefined && SAFE_HOST.test(host) ? host : 'localhost'}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (hasBody) {
    init.body = bodyStream(req);
    // Required by Node's fetch for streamed request bodies.
    init.duplex = 'half';
  }
  return new Request(new URL(req.url ?? '/', origin), init);
}

async function send(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  if (response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    res.write(value);
  }
  res.end();
}

/**
 * Adapts a `Request -> Response` handler (such as `createAvatarProxy`) to Node/Connect/Express/Vite
 * middleware. Mount it where the proxy lives, e.g. `server.middlewares.use('/api/avatars', ...)`
 * with `basePath: ''`, since Connect strips the mount path from `req.url`.
 */
export function toNodeHandler(handler: WebHandler): NodeHandler {
  return (req, res, next) => {
    const rawUrl = req.url ?? '/';
    const rawPath = rawUrl.split('?')[0] ?? '';
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const respond = async (): Promise<void> => {
      // Checked before `new URL` normalizes `..` and friends away.
      if (isUnsafeRawPath(rawPath)) {
        await send(jsonErrorResponse(400, 'Invalid request path', 'INVALID_PATH'), res);
        return;
      }
      await send(await handler(toRequest(req, controller.signal)), res);
    };
    respond().catch((error: unknown) => {
      if (next !== undefined) {
        next(error);
      } else if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else {
        res.destroy();
      }
    });
  };
}
