// Types only: this module must load on any runtime, so node:http is never imported for real.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jsonErrorResponse } from './create-avatar-proxy';
import { isUnsafeRawPath } from './resolve-proxy-route';

export type WebHandler = (request: Request) => Promise<Response>;
/** A handler that serves only paths under `basePath` (as `createAvatarProxy` returns). */
export type MountedWebHandler = WebHandler & { readonly basePath?: string };
/** Express and Connect (Vite) keep the path before their mount stripped it in `originalUrl`. */
export type NodeRequest = IncomingMessage & { originalUrl?: string };
export type NodeNext = (error?: unknown) => void;
export type NodeHandler = (req: NodeRequest, res: ServerResponse, next?: NodeNext) => void;

const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // A body parser mounted before us (e.g. `express.json()`) has read the stream already;
      // waiting for its events would hang the request.
      if (req.readableEnded) {
        finished = true;
        controller.close();
        return;
      }
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

function toRequest(req: IncomingMessage, rawUrl: string, signal: AbortSignal): Request {
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
  return new Request(new URL(rawUrl, origin), init);
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

function isUnder(path: string, basePath: string): boolean {
  return basePath === '' || path === basePath || path.startsWith(`${basePath}/`);
}

/**
 * Adapts a `Request -> Response` handler (such as `createAvatarProxy`) to Node, Connect, Express
 * and Vite middleware, mounted at the root or under a path.
 *
 * With a `basePath`, the handler matches it against the full path (`req.originalUrl ?? req.url`),
 * so the same proxy works whether or not the server strips its mount path; paths outside it go to
 * `next()`, or get a JSON 404 when there is no `next`. Without one, the path is taken as the
 * server hands it over (`req.url`), relative to any mount, and every path is the handler's.
 */
export function toNodeHandler(handler: MountedWebHandler): NodeHandler {
  const basePath = handler.basePath ?? '';
  return (req, res, next) => {
    const rawUrl = (basePath === '' ? req.url : (req.originalUrl ?? req.url)) ?? '/';
    const rawPath = rawUrl.split('?')[0] ?? '';
    if (!isUnder(rawPath, basePath)) {
      if (next !== undefined) {
        next();
        return;
      }
      send(jsonErrorResponse(404, 'Not found', 'NOT_FOUND'), res).catch(() => res.destroy());
      return;
    }
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
      await send(await handler(toRequest(req, rawUrl, controller.signal)), res);
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
