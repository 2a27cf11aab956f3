import { once } from 'node:events';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApi } from '@avatar-picker/mock-api';
import { afterEach, beforeEach, vi } from 'vitest';
import type { FetchLike } from '../core/create-avatar-client';
import { createAvatarProxy } from '../server/create-avatar-proxy';

export const BASE_PATH = '/api/avatars';
const UPSTREAM = 'https://api.agenthuman.com';
/** The fake's list routes answer to this key only; the browser side never sends it. */
export const API_KEY = 'demo-key';

/** The README's proxy, verbatim: the key and the upstream from the server's environment. */
export function createReadmeProxy() {
  return createAvatarProxy({
    apiKey: process.env.AGENTHUMAN_API_KEY!,
    upstream: process.env.AGENTHUMAN_API_URL ?? 'https://api.agenthuman.com',
    basePath: '/api/avatars',
  });
}

/**
 * Sets the key in the environment and answers the upstream origin with the fake API, through the
 * global fetch the proxy looks up per request, so the README's code runs unchanged. Requests to
 * anything else (the local test servers) go out for real.
 */
export function fakeUpstreamPerTest() {
  const upstream = vi.fn<FetchLike>();
  beforeEach(() => {
    const api = createMockApi();
    const realFetch = globalThis.fetch;
    upstream.mockReset();
    upstream.mockImplementation((input, init) => api.fetch(input, init));
    vi.stubEnv('AGENTHUMAN_API_KEY', API_KEY);
    vi.stubEnv('AGENTHUMAN_API_URL', UPSTREAM);
    vi.stubGlobal('fetch', ((input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return url.startsWith(`${UPSTREAM}/`) ? upstream(input, init) : realFetch(input, init);
    }) satisfies FetchLike);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });
  return { upstream };
}

export interface RawResponse {
  status: number;
  contentType: string | undefined;
  body: string;
}

/** node:http, so the path reaches the server byte for byte and the fetch stub stays out of it. */
export function request(
  origin: string,
  path: string,
  options: { method?: string; json?: unknown } = {},
): Promise<RawResponse> {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  const headers: Record<string, string> =
    body === undefined ? {} : { 'content-type': 'application/json' };
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const method = options.method ?? 'GET';
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'],
          body: text,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The origin of a server started with `listen(0, '127.0.0.1')`, once it listens. */
export async function originOf(server: Server): Promise<string> {
  if (!server.listening) await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) =>
    server.close((error) => (error === undefined ? resolve() : reject(error))),
  );
}

/** What reached the upstream: method, URL and the key the proxy added. */
export function upstreamCalls(upstream: ReturnType<typeof vi.fn<FetchLike>>): string[] {
  return upstream.mock.calls.map(([input, init]) => {
    const sent = new Request(input, init);
    return `${sent.method} ${sent.url} key=${sent.headers.get('x-api-key')}`;
  });
}

/** Lists through the proxy, then favorites the first avatar listed: a GET and a streamed PUT. */
export async function listAndFavorite(origin: string): Promise<[RawResponse, RawResponse]> {
  const list = await request(origin, `${BASE_PATH}/v1/avatars?characters_only=false`);
  if (list.status !== 200) throw new Error(`the list answered ${list.status}: ${list.body}`);
  const id: string = JSON.parse(list.body).avatars[0].avatar_id;
  const favorite = await request(origin, `${BASE_PATH}/v1/avatars/${id}`, {
    method: 'PUT',
    json: { is_favorite: true },
  });
  return [list, favorite];
}
