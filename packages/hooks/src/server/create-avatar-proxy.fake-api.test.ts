import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApi } from '@avatar-picker/mock-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAvatarClient, type FetchLike } from '../core/create-avatar-client';
import type { LookId } from '../core/types';
import { rejectionOf } from '../testing/rejection-of';
import { createAvatarProxy } from './create-avatar-proxy';
import { toNodeHandler } from './to-node-handler';

const BASE = '/api/avatars';

/** Browser-side client -> proxy -> fake upstream, all in process; records what the browser saw. */
function setup(options: { timeoutMs?: number } = {}) {
  const api = createMockApi();
  const upstream = vi.fn<FetchLike>((input, init) => api.fetch(input, init));
  const proxy = createAvatarProxy({
    apiKey: 'demo-key',
    upstream: 'http://upstream.test',
    basePath: BASE,
    fetch: upstream,
    ...options,
  });
  const seenByBrowser: string[] = [];
  const browserFetch: FetchLike = async (input, init) => {
    const response = await proxy(new Request(input, init));
    seenByBrowser.push(JSON.stringify([...response.headers]), await response.clone().text());
    return response;
  };
  const client = createAvatarClient({ baseUrl: `http://app.test${BASE}`, fetch: browserFetch });
  return { api, upstream, proxy, client, seenByBrowser };
}

let server: Server | undefined;

afterEach(async () => {
  const current = server;
  server = undefined;
  if (current !== undefined) await new Promise((resolve) => current.close(resolve));
});

describe('createAvatarProxy with the fake API upstream', () => {
  it('serves every list and a favorite round-trip without the browser holding a key', async () => {
    const { client, upstream, seenByBrowser } = setup();
    const characters = await client.listCharacters();
    expect(characters.items.length).toBeGreaterThan(0);
    const character = characters.items.find((item) => (item.looksCount ?? 0) > 0);
    if (character === undefined) throw new Error('the fake has no character with looks');
    const looks = await client.listLooks(character.id);
    expect(looks.items.every((look) => look.characterId === character.id)).toBe(true);
    expect((await client.listAll()).items.length).toBeGreaterThan(characters.items.length);
    expect((await client.listPublic()).items.length).toBeLessThanOrEqual(100);

    await client.setFavorite(character.id, !character.isFavorite);
    const reread = await client.listCharacters();
    expect(reread.items.find((item) => item.id === character.id)?.isFavorite).toBe(
      !character.isFavorite,
    );
    expect(upstream).toHaveBeenCalledTimes(6);
    expect(seenByBrowser.join('\n')).not.toContain('demo-key');
  });

  it('passes rate limits through with Retry-After', async () => {
    const { api, client } = setup();
    api.faults.add({ route: 'characters', status: 429, retryAfterSeconds: 9 });
    expect(await rejectionOf(client.listCharacters())).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 9000,
    });
  });

  it('turns a dropped upstream connection into a 502', async () => {
    const { api, client } = setup();
    api.faults.add({ route: 'public', network: true });
    expect(await rejectionOf(client.listPublic())).toMatchObject({
      kind: 'server',
      status: 502,
      code: 'UPSTREAM_UNREACHABLE',
    });
  });

  it('turns a slow upstream into a 504', async () => {
    const { api, client } = setup({ timeoutMs: 20 });
    api.faults.add({ route: 'characters', latencyMs: 5000 });
    expect(await rejectionOf(client.listCharacters())).toMatchObject({
      kind: 'server',
      status: 504,
      code: 'UPSTREAM_TIMEOUT',
      message: 'Upstream timed out',
    });
  });

  it('keeps the upstream error body for unknown avatars', async () => {
    const { client } = setup();
    const error = await rejectionOf(
      client.setFavorite('avat_00000000000000000000000000' as LookId, true),
    );
    expect(error).toMatchObject({ kind: 'not-found', message: 'Avatar not found' });
  });
});

describe('toNodeHandler(createAvatarProxy) over real HTTP', () => {
  async function listen(): Promise<{
    port: number;
    upstream: ReturnType<typeof vi.fn<FetchLike>>;
  }> {
    const { proxy, upstream } = setup();
    const handler = toNodeHandler(proxy);
    const created = createServer((req, res) => handler(req, res));
    server = created;
    await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
    return { port: (created.address() as AddressInfo).port, upstream };
  }

  function rawStatus(port: number, path: string, method = 'GET', body?: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const headers = body === undefined ? {} : { 'content-type': 'application/json' };
      const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('serves lists through a real socket', async () => {
    const { port } = await listen();
    const response = await fetch(`http://127.0.0.1:${port}${BASE}/v1/avatars`, {
      headers: { cookie: 'session=1' },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).success).toBe(true);
  });

  it('refuses traversal, oversized bodies and other routes without calling upstream', async () => {
    const { port, upstream } = await listen();
    const id = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4T';
    expect(await rawStatus(port, `${BASE}/v1/avatars/../sessions`)).toBe(400);
    expect(await rawStatus(port, `${BASE}/v1/avatars/%2e%2e/sessions`)).toBe(400);
    expect(await rawStatus(port, `${BASE}/v1/sessions`)).toBe(404);
    expect(await rawStatus(port, `${BASE}/v1/avatars/${id}`, 'DELETE')).toBe(405);
    const big = JSON.stringify({ is_favorite: true, pad: 'x'.repeat(100_000) });
    expect(await rawStatus(port, `${BASE}/v1/avatars/${id}`, 'PUT', big)).toBe(413);
    expect(upstream).not.toHaveBeenCalled();
  });
});
