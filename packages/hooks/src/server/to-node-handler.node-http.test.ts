import { createServer, type RequestListener, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  API_KEY,
  BASE_PATH,
  closeServer,
  createReadmeProxy,
  fakeUpstreamPerTest,
  listAndFavorite,
  originOf,
  request,
  upstreamCalls,
} from '../testing/readme-proxy';
import { toNodeHandler } from './to-node-handler';

const { upstream } = fakeUpstreamPerTest();
let server: Server | undefined;

afterEach(async () => {
  if (server !== undefined) await closeServer(server);
  server = undefined;
});

/** Stands for the app's own handler. */
const app: RequestListener = (_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end('{"ok":true}');
};

/** The README's bare-Node forms: the proxy in front of the app, or the app routing a prefix to it. */
const readmeServers: Record<string, () => Server> = {
  'at the root, with the app as next': () => {
    const avatars = toNodeHandler(createReadmeProxy());
    return createServer((req, res) => avatars(req, res, () => app(req, res)));
  },
  [`under ${BASE_PATH}, routed by the app`]: () => {
    const avatars = toNodeHandler(createReadmeProxy());
    return createServer((req, res) =>
      req.url?.startsWith('/api/avatars/') ? avatars(req, res) : app(req, res),
    );
  },
};

describe.each(Object.entries(readmeServers))('toNodeHandler(proxy) in node:http, %s', (_, make) => {
  it('forwards the contract routes with the key and leaves the app its own routes', async () => {
    server = make().listen(0, '127.0.0.1');
    const origin = await originOf(server);
    const [list, favorite] = await listAndFavorite(origin);
    expect(list.status).toBe(200);
    expect(favorite).toMatchObject({ status: 200, body: '{"success":true}' });
    expect(list.body + favorite.body).not.toContain(API_KEY);
    expect(upstreamCalls(upstream)).toEqual([
      `GET https://api.agenthuman.com/v1/avatars?characters_only=false key=${API_KEY}`,
      expect.stringMatching(
        /^PUT https:\/\/api\.agenthuman\.com\/v1\/avatars\/avat_\w+ key=demo-key$/,
      ),
    ]);

    expect(await request(origin, '/health')).toMatchObject({ status: 200, body: '{"ok":true}' });
  });

  it('answers other paths under basePath itself, without calling upstream', async () => {
    server = make().listen(0, '127.0.0.1');
    const origin = await originOf(server);
    const refused = await request(origin, `${BASE_PATH}/v1/sessions`);
    expect(refused.status).toBe(404);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(upstream).not.toHaveBeenCalled();
  });
});

describe('toNodeHandler(proxy) as the whole node:http server', () => {
  it('serves the contract routes and answers a JSON 404 everywhere else', async () => {
    server = createServer(toNodeHandler(createReadmeProxy())).listen(0, '127.0.0.1');
    const origin = await originOf(server);
    const [list, favorite] = await listAndFavorite(origin);
    expect([list.status, favorite.status]).toEqual([200, 200]);

    for (const path of ['/', '/health', '/api/avatarsX/v1/avatars', '/v1/avatars']) {
      const outside = await request(origin, path);
      expect(outside).toMatchObject({
        status: 404,
        contentType: 'application/json; charset=utf-8',
      });
      expect(JSON.parse(outside.body)).toMatchObject({
        success: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(upstream).toHaveBeenCalledTimes(2);
  });
});
