import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApi } from '../create-mock-api';
import { isNetworkError } from '../http/network-error';
import type { MockApi, MockApiOptions } from '../types';
import { CONTROL_PREFIX, handleControlRoute } from './handle-control-route';
import { sendWebResponse } from './send-web-response';
import { RequestBodyTooLargeError, toWebRequest } from './to-web-request';

export interface StartMockServerOptions extends MockApiOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
}

export interface MockServer {
  /** Base URL of the API, e.g. `http://127.0.0.1:4010` (plus the base path, if any). */
  url: string;
  api: MockApi;
  close(): Promise<void>;
}

// Media URLs are loaded by <video>/<img> on other origins (Storybook, the e2e app).
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'content-range, accept-ranges, content-length, retry-after, etag',
};
const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, HEAD, PUT, OPTIONS',
  'access-control-allow-headers': 'x-api-key, content-type, range, if-none-match',
  'access-control-max-age': '600',
};

/** Serves the fake over HTTP on 127.0.0.1 only; it holds demo keys and has no business elsewhere. */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  const { port = 4010, ...apiOptions } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError('startMockServer: `port` must be an integer in 0..65535');
  }
  const api = createMockApi(apiOptions);
  let boundPort = port;

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname.startsWith(CONTROL_PREFIX)) {
      await handleControlRoute(request, response, pathname, api);
      return;
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, PREFLIGHT_HEADERS);
      response.end();
      return;
    }
    const abort = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) abort.abort();
    });
    try {
      const webRequest = await toWebRequest(request, `127.0.0.1:${boundPort}`, abort.signal);
      await sendWebResponse(response, await api.fetch(webRequest), CORS_HEADERS);
    } catch (error) {
      if (isNetworkError(error)) {
        request.socket.destroy();
        return;
      }
      if (abort.signal.aborted || response.headersSent) {
        response.destroy();
        return;
      }
      const tooLarge = error instanceof RequestBodyTooLargeError;
      response.writeHead(tooLarge ? 413 : 500, {
        ...CORS_HEADERS,
        'content-type': 'application/json; charset=utf-8',
      });
      response.end(JSON.stringify({ error: tooLarge ? error.message : 'Internal server error' }));
    }
  };

  const server = createServer((request, response) => {
    serve(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  boundPort = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${boundPort}${api.basePath}`,
    api,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
