/**
 * One suite, two targets: the in-process fake and the real AgentHuman API. If both pass, the
 * fake is faithful enough for every other test to rely on. The real target only runs with
 * AGENTHUMAN_API_KEY set, stays read-mostly, and restores any favorite it touches.
 */
import { createMockApi } from '@avatar-picker/mock-api';
import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../testing/rejection-of';
import { createAvatarClient, type FetchLike } from './create-avatar-client';
import type { Avatar, AvatarClient, Character, LookId } from './types';

interface Target {
  name: string;
  baseUrl: string;
  apiKey: string | undefined;
  fetch: () => FetchLike | undefined;
}

const REAL_KEY = process.env.AGENTHUMAN_API_KEY;
const UNKNOWN_ID = 'avat_00000000000000000000000000' as LookId;

const targets: Target[] = [
  {
    name: 'fake API',
    baseUrl: 'http://fake.test',
    apiKey: 'demo-key',
    fetch: () => createMockApi().fetch,
  },
  {
    name: 'real API',
    baseUrl: 'https://api.agenthuman.com',
    apiKey: REAL_KEY,
    fetch: () => undefined,
  },
];

function expectNewestFirst(items: readonly Avatar[]): void {
  const times = items.map((item) => Date.parse(item.createdAt));
  expect(times).toEqual([...times].sort((a, b) => b - a));
}

async function pickCharacterWithLooks(client: AvatarClient): Promise<Character | undefined> {
  const { items } = await client.listCharacters();
  return items.find((item) => (item.looksCount ?? 0) > 0);
}

describe.each(targets)('API contract: $name', (target) => {
  const isReal = target.name === 'real API';
  const run = describe.skipIf(isReal && !REAL_KEY);
  // The real API is remote; give it room without slowing the fake.
  const timeout = isReal ? 30_000 : 5_000;

  run('with a key', () => {
    const fetch = target.fetch();
    const client = createAvatarClient({
      baseUrl: target.baseUrl,
      headers: { 'x-api-key': target.apiKey ?? '' },
      ...(fetch === undefined ? {} : { fetch }),
    });

    it('lists characters, newest first, with nothing skipped', { timeout }, async () => {
      const { items, skipped } = await client.listCharacters();
      expect(skipped).toEqual([]);
      expect(items.every((item) => item.kind === 'character')).toBe(true);
      expectNewestFirst(items);
    });

    it('lists looks that belong to their character', { timeout }, async (context) => {
      const character = await pickCharacterWithLooks(client);
      if (character === undefined && isReal) context.skip('the account has no looks');
      if (character === undefined) throw new Error('expected a character with looks');
      const { items, skipped } = await client.listLooks(character.id);
      expect(skipped).toEqual([]);
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((look) => look.characterId === character.id)).toBe(true);
      expectNewestFirst(items);
    });

    it('lists characters and looks together, newest first', { timeout }, async () => {
      const { items, skipped } = await client.listAll();
      const characters = await client.listCharacters();
      expect(skipped).toEqual([]);
      if (characters.items.some((item) => (item.looksCount ?? 0) > 0)) {
        expect(items.some((item) => item.kind === 'look')).toBe(true);
      }
      expectNewestFirst(items);
    });

    it('lists at most 100 public avatars, newest first', { timeout }, async () => {
      const { items, skipped } = await client.listPublic();
      expect(skipped).toEqual([]);
      expect(items.length).toBeLessThanOrEqual(100);
      expectNewestFirst(items);
    });

    it('round-trips a favorite and restores it', { timeout }, async (context) => {
      const { items } = await client.listCharacters();
      const character = items[0];
      if (character === undefined && isReal) context.skip('the account has no characters');
      if (character === undefined) throw new Error('expected a character');
      const original = character.isFavorite;
      try {
        await client.setFavorite(character.id, !original);
        const after = await client.listCharacters();
        expect(after.items.find((item) => item.id === character.id)?.isFavorite).toBe(!original);
      } finally {
        await client.setFavorite(character.id, original);
      }
      const restored = await client.listCharacters();
      expect(restored.items.find((item) => item.id === character.id)?.isFavorite).toBe(original);
    });

    it('answers 404 for an unknown well-formed id', { timeout }, async () => {
      expect(await rejectionOf(client.setFavorite(UNKNOWN_ID, true))).toMatchObject({
        kind: 'not-found',
        status: 404,
      });
    });
  });

  run('without a key', () => {
    it('answers 401', { timeout }, async () => {
      const fetch = target.fetch();
      const client = createAvatarClient({
        baseUrl: target.baseUrl,
        ...(fetch === undefined ? {} : { fetch }),
      });
      expect(await rejectionOf(client.listCharacters())).toMatchObject({
        kind: 'auth',
        status: 401,
      });
    });
  });
});
