import type { Server } from 'node:http';
import express from 'express';
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

/** The README's Express app; `mount` is the one line that differs between the two forms. */
function readmeApp(mount: (app: express.Express, proxy: ReturnType<typeof toNodeHandler>) => void) {
  const proxy = createReadmeProxy();
  const app = express();
  // Before any body parser: the proxy reads the body itself.
  mount(app, toNodeHandler(proxy));
  app.use(express.json());
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}

describe.each([
  [
    'at the root',
    (app: express.Express, handler: ReturnType<typeof toNodeHandler>) => app.use(handler),
  ],
  [
    `under ${BASE_PATH}`,
    (app: express.Express, handler: ReturnType<typeof toNodeHandler>) =>
      app.use(BASE_PATH, handler),
  ],
])('toNodeHandler(proxy) in Express 5, mounted %s', (_mount, mount) => {
  it('forwards the contract routes with the key and leaves the app its own routes', async () => {
    server = readmeApp(mount).listen(0, '127.0.0.1');
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
    server = readmeApp(mount).listen(0, '127.0.0.1');
    const origin = await originOf(server);
    const refused = await request(origin, `${BASE_PATH}/v1/sessions`);
    expect(refused.status).toBe(404);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await request(origin, `${BASE_PATH}/v1/avatars/../sessions`)).status).toBe(400);
    expect(upstream).not.toHaveBeenCalled();
  });
});

describe('toNodeHandler(proxy) in Express 5 behind a body parser', () => {
  it('refuses a favorite whose body was already read instead of waiting for it', async () => {
    const app = express();
    app.use(express.json());
    app.use(BASE_PATH, toNodeHandler(createReadmeProxy()));
    server = app.listen(0, '127.0.0.1');
    const origin = await originOf(server);
    const id = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4T';
    const favorite = await request(origin, `${BASE_PATH}/v1/avatars/${id}`, {
      method: 'PUT',
      json: { is_favorite: true },
    });
    expect(favorite.status).toBe(400);
    expect(JSON.parse(favorite.body)).toMatchObject({ error: { code: 'INVALID_BODY' } });
    expect(upstream).not.toHaveBeenCalled();
  });
});
