import { createMockApi, type Fault } from '@avatar-picker/mock-api';
import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../testing/rejection-of';
import { createAvatarClient } from './create-avatar-client';
import type { Character } from './types';

function setup(key: string | null = 'demo-key', options: { latencyMs?: number } = {}) {
  const api = createMockApi(options);
  const client = createAvatarClient({
    baseUrl: 'http://fake.test',
    fetch: api.fetch,
    headers: key === null ? {} : { 'x-api-key': key },
  });
  return { api, client };
}

async function firstCharacterWithLooks(
  client: ReturnType<typeof setup>['client'],
): Promise<Character> {
  const { items } = await client.listCharacters();
  const character = items.find((item) => (item.looksCount ?? 0) > 0);
  if (character === undefined) throw new Error('the fake has no character with looks');
  return character;
}

describe('createAvatarClient against the fake API', () => {
  it('lists the default dataset without skipping anything', async () => {
    const { client } = setup();
    const characters = await client.listCharacters();
    expect(characters.items).toHaveLength(24);
    expect(characters.skipped).toEqual([]);
    expect(characters.items.every((item) => item.kind === 'character')).toBe(true);
    const all = await client.listAll();
    expect(all.skipped).toEqual([]);
    expect(all.items.some((item) => item.kind === 'look')).toBe(true);
  });

  it('lists the looks of a character', async () => {
    const { client } = setup();
    const character = await firstCharacterWithLooks(client);
    const looks = await client.listLooks(character.id);
    expect(looks.skipped).toEqual([]);
    expect(looks.items).toHaveLength(character.looksCount ?? -1);
    expect(looks.items.every((look) => look.characterId === character.id)).toBe(true);
  });

  it('persists a favorite', async () => {
    const { client } = setup();
    const character = await firstCharacterWithLooks(client);
    await client.setFavorite(character.id, !character.isFavorite);
    const after = await client.listCharacters();
    expect(after.items.find((item) => item.id === character.id)?.isFavorite).toBe(
      !character.isFavorite,
    );
  });

  it('reports a missing key as auth', async () => {
    const { client } = setup(null);
    expect(await rejectionOf(client.listCharacters())).toMatchObject({
      kind: 'auth',
      status: 401,
      message: 'API key required',
    });
  });

  it('reports an unknown key as auth with its code', async () => {
    const { client } = setup('not-a-key');
    expect(await rejectionOf(client.listPublic())).toMatchObject({
      kind: 'auth',
      code: 'INVALID_API_KEY',
      message: 'Invalid API key',
    });
  });

  it.each<[Fault, Record<string, unknown>]>([
    [
      { route: 'characters', status: 403, body: 'bare' },
      { kind: 'forbidden', message: 'Access denied' },
    ],
    [
      { route: 'characters', status: 404, body: 'empty' },
      { kind: 'not-found', message: 'Avatar not found' },
    ],
    [
      { route: 'characters', status: 429, retryAfterSeconds: 5 },
      { kind: 'rate-limited', retryAfterMs: 5000 },
    ],
    [
      { route: 'characters', status: 500, code: 'DB_DOWN', suggestion: 'Retry later' },
      { kind: 'server', code: 'DB_DOWN', suggestion: 'Retry later' },
    ],
    [
      { route: 'characters', status: 502, body: 'html' },
      { kind: 'server', status: 502 },
    ],
    [
      { route: 'characters', status: 400 },
      { kind: 'bad-request', status: 400 },
    ],
  ])('maps fault %j', async (fault, expected) => {
    const { api, client } = setup();
    api.faults.add(fault);
    const error = await rejectionOf(client.listCharacters());
    expect(error).toMatchObject(expected);
    expect(error.message).not.toMatch(/<html/);
  });

  it('reports a dropped connection as network', async () => {
    const { api, client } = setup();
    api.faults.add({ route: 'public', network: true });
    expect((await rejectionOf(client.listPublic())).kind).toBe('network');
  });

  it('skips rows with wrong types or missing fields and keeps the rest', async () => {
    const { api, client } = setup();
    api.faults.add({ route: 'characters', malformed: ['wrong-types', 'missing-fields'] });
    const { items, skipped } = await client.listCharacters();
    expect(items).toHaveLength(22);
    expect(skipped.map((row) => row.index)).toEqual([0, 1]);
  });

  it('keeps rows with hostile URLs or names, with unsafe URLs removed', async () => {
    const { api, client } = setup();
    api.faults.add({
      route: 'all',
      malformed: ['javascript-url', 'data-url', 'long-name', 'html-name'],
    });
    const { items, skipped } = await client.listAll();
    expect(skipped).toEqual([]);
    expect(items[0]?.previewImageUrl).toBeNull();
    expect(items[1]?.previewImageUrl).toBeNull();
    expect(items[2]?.name.length).toBeGreaterThanOrEqual(10_000);
    expect(items[3]?.name).toBe('<img src=x onerror=alert(1)>Bobby</b>');
    for (const item of items) {
      if (item.previewImageUrl !== null) expect(item.previewImageUrl).toMatch(/^https?:\/\//);
      if (item.kind === 'look' && item.videoUrl !== null) {
        expect(item.videoUrl).toMatch(/^https?:\/\//);
      }
    }
  });

  it('fails with invalid-response when avatars is not an array', async () => {
    const { api, client } = setup();
    api.faults.add({ route: 'characters', malformed: ['not-an-array'] });
    expect((await rejectionOf(client.listCharacters())).kind).toBe('invalid-response');
  });

  it('reports an abort during a slow response as aborted', async () => {
    const { client } = setup('demo-key', { latencyMs: 10_000 });
    const controller = new AbortController();
    const pending = client.listCharacters({ signal: controller.signal });
    controller.abort();
    expect((await rejectionOf(pending)).kind).toBe('aborted');
  });
});
