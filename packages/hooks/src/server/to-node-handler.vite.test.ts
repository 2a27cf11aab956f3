import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ConfigEnv,
  createServer,
  defineConfig,
  loadEnv,
  type UserConfig,
  type ViteDevServer,
} from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  API_KEY,
  BASE_PATH,
  closeServer,
  fakeUpstreamPerTest,
  listAndFavorite,
  originOf,
  request,
  upstreamCalls,
} from '../testing/readme-proxy';
import { createAvatarProxy } from './create-avatar-proxy';
import { toNodeHandler } from './to-node-handler';

type Mount = 'root' | 'path';

/** The README's `vite.config.ts`, with the project folder and the mount style as parameters. */
function readmeViteConfig(projectDir: string, mount: Mount) {
  return defineConfig(({ mode }) => {
    // '' loads every variable, not only VITE_ ones; the key stays in this Node process.
    const env = loadEnv(mode, projectDir, '');
    return {
      plugins: [
        {
          name: 'avatar-proxy',
          configureServer(server) {
            const proxy = createAvatarProxy({
              apiKey: env.AGENTHUMAN_API_KEY!,
              upstream: env.AGENTHUMAN_API_URL ?? 'https://api.agenthuman.com',
              basePath: '/api/avatars',
            });
            if (mount === 'root') server.middlewares.use(toNodeHandler(proxy));
            else server.middlewares.use('/api/avatars', toNodeHandler(proxy));
          },
        },
      ],
    };
  });
}

const { upstream } = fakeUpstreamPerTest();
let projectDir = '';
let vite: ViteDevServer | undefined;
let server: Server | undefined;

beforeEach(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'avatar-proxy-vite-'));
  await writeFile(join(projectDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(projectDir, '.env'), `AGENTHUMAN_API_KEY=${API_KEY}\n`);
  // Only the project's .env holds the key, so the test shows loadEnv finding it there.
  vi.stubEnv('AGENTHUMAN_API_KEY', undefined);
});

afterEach(async () => {
  if (server !== undefined) await closeServer(server);
  await vite?.close();
  server = undefined;
  vite = undefined;
  await rm(projectDir, { recursive: true, force: true });
});

async function startVite(mount: Mount): Promise<string> {
  const env: ConfigEnv = { command: 'serve', mode: 'development' };
  const config = readmeViteConfig(projectDir, mount);
  const userConfig: UserConfig = typeof config === 'function' ? await config(env) : config;
  vite = await createServer({
    ...userConfig,
    configFile: false,
    root: projectDir,
    envDir: projectDir,
    logLevel: 'silent',
    appType: 'spa',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  server = createHttpServer(vite.middlewares).listen(0, '127.0.0.1');
  return originOf(server);
}

describe.each<Mount>(['root', 'path'])(
  "toNodeHandler(proxy) in Vite's dev middleware, mounted at %s",
  (mount) => {
    it('forwards the contract routes with the key and leaves Vite its own routes', async () => {
      const origin = await startVite(mount);
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

      const page = await request(origin, '/');
      expect(page.status).toBe(200);
      expect(page.body).toContain('<title>app</title>');
    });

    it('answers other paths under basePath itself, without calling upstream', async () => {
      const origin = await startVite(mount);
      const refused = await request(origin, `${BASE_PATH}/v1/sessions`);
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(upstream).not.toHaveBeenCalled();
    });
  },
);
