import type { Fault } from '@avatar-picker/mock-api';
import { describe, expect, it } from 'vitest';
import type { Character, Look } from '../core/types';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { sameLook } from '../testing/lookup-fixtures';
import { verifyLookId } from './verify-look-id';

const API_KEY = 'demo-key';
const UPSTREAM = 'http://fake.test';
/** Well formed, but no avatar of the fake has it. */
const UNKNOWN_ID = 'avat_01HZZZZZZZZZZZZZZZZZZZZZZZ';

/** The fake, fixtures read through the real client, and a spied fetch for `verifyLookId` alone. */
async function setup() {
  const { api, client, fetch } = createFakeApiClient();
  const own = await client.listAll();
  const ownLooks = own.items.filter((avatar): avatar is Look => avatar.kind === 'look');
  const ownLook = ownLooks.find((look) => look.isActive);
  const inactiveLook = ownLooks.find((look) => !look.isActive);
  const ownCharacter = own.items.find((avatar) => avatar.kind === 'character');
  const ownIds = new Set(own.items.map((avatar) => avatar.id));
  // The oldest, so the public list's own order would reach its looks last.
  const publicCharacter = (await client.listPublic()).items
    .filter(
      (avatar): avatar is Character =>
        avatar.kind === 'character' && !ownIds.has(avatar.id) && avatar.looksCount !== 0,
    )
    .at(-1);
  if (!ownLook || !inactiveLook || !ownCharacter || !publicCharacter) {
    throw new Error('the fake dataset lacks a fixture');
  }
  const publicLooks = await client.listLooks(publicCharacter.id);
  const publicLook = publicLooks.items.find((look) => look.isActive);
  if (!publicLook) throw new Error('the public character has no active look');
  fetch.mockClear();
  const verify = (lookId: unknown, apiKey = API_KEY) =>
    verifyLookId(lookId, { apiKey, upstream: UPSTREAM, fetch });
  const requested = () =>
    fetch.mock.calls.map(([input]) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return `${url.pathname}${url.search}`;
    });
  return {
    api,
    fetch,
    verify,
    requested,
    newestOwn: own.items[0],
    ownLook,
    inactiveLook,
    ownCharacter,
    publicCharacter,
    publicLook,
  };
}

describe('verifyLookId against the fake API', () => {
  it('accepts an active look of the account with one request', async () => {
    const { verify, requested, ownLook } = await setup();
    // Signed video URLs carry the second they were made: compare everything else.
    expect(await verify(ownLook.id)).toEqual({ ok: true, look: sameLook(ownLook) });
    expect(requested()).toEqual(['/v1/avatars?characters_only=false']);
  });

  it("accepts an active look of another account's public character, asking its parent first", async () => {
    const { verify, requested, publicLook, publicCharacter } = await setup();
    expect(await verify(publicLook.id)).toEqual({ ok: true, look: sameLook(publicLook) });
    expect(requested()).toEqual([
      '/v1/avatars?characters_only=false',
      '/v1/avatars/public',
      `/v1/avatars?parent_id=${publicCharacter.id}`,
    ]);
  });

  it.each([
    ['an empty string', ''],
    ['the prefix alone', 'avat_'],
    ['another prefix', 'char_01H3Z8G9YR3K2N5M6P7Q8W4T'],
    ['a path', 'avat_01H3Z8G9/../public'],
    ['a number', 42],
    ['null (a missing form field)', null],
  ])('refuses %s as malformed without a request', async (_name, lookId) => {
    const { verify, fetch } = await setup();
    expect(await verify(lookId)).toEqual({ ok: false, reason: 'malformed' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses an id no avatar visible to the key has as not-found', async () => {
    const { verify, requested } = await setup();
    expect(await verify(UNKNOWN_ID)).toEqual({ ok: false, reason: 'not-found' });
    // Every public character with looks of other accounts was asked.
    expect(requested().length).toBeGreaterThan(2);
  });

  it('refuses a look as not-found when its character answers 404', async () => {
    const { api, verify, publicLook } = await setup();
    api.faults.add({ route: 'looks', status: 404, times: Infinity });
    expect(await verify(publicLook.id)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('refuses a character of the account and a public one as character', async () => {
    const { verify, ownCharacter, publicCharacter } = await setup();
    expect(await verify(ownCharacter.id)).toEqual({ ok: false, reason: 'character' });
    expect(await verify(publicCharacter.id)).toEqual({ ok: false, reason: 'character' });
  });

  it('refuses a look that is not active as inactive', async () => {
    const { verify, inactiveLook } = await setup();
    expect(await verify(inactiveLook.id)).toEqual({ ok: false, reason: 'inactive' });
  });

  it.each<[string, Fault, string]>([
    ['a dropped connection', { route: 'all', network: true }, 'network'],
    [
      'a 500 whose message quotes the key',
      { route: 'all', status: 500, message: `key ${API_KEY} is over quota` },
      'server',
    ],
    ['a rate limit', { route: 'public', status: 429, retryAfterSeconds: 5 }, 'rate-limited'],
    ['a 404 from the account list', { route: 'all', status: 404 }, 'not-found'],
    ['a body without avatars', { route: 'all', malformed: ['not-an-array'] }, 'invalid-response'],
    ['a failing looks search', { route: 'looks', status: 503 }, 'server'],
  ])('reports %s as upstream with the error', async (_name, fault, kind) => {
    const { api, verify, publicLook } = await setup();
    api.faults.add(fault);
    const result = await verify(publicLook.id);
    expect(result).toMatchObject({ ok: false, reason: 'upstream', error: { kind } });
    expect(JSON.stringify(result)).not.toContain(API_KEY);
    if (!result.ok && result.reason === 'upstream') {
      expect(result.error.message).not.toContain(API_KEY);
    }
  });

  it('reports a rejected key as upstream auth', async () => {
    const { verify, ownLook } = await setup();
    const result = await verify(ownLook.id, 'not-a-key');
    expect(result).toMatchObject({ reason: 'upstream', error: { kind: 'auth', status: 401 } });
    if (!result.ok && result.reason === 'upstream') {
      expect(result.error.message).not.toContain('not-a-key');
    }
  });

  it("reports a refused row for the id as upstream, not as the id's absence", async () => {
    const { api, verify, requested, newestOwn } = await setup();
    api.faults.add({ route: 'all', malformed: ['wrong-types'] });
    const result = await verify(newestOwn?.id);
    expect(requested()).toHaveLength(1);
    expect(result).toMatchObject({ reason: 'upstream', error: { kind: 'invalid-response' } });
  });

  it('rejects when the signal aborts', async () => {
    const { fetch, ownLook } = await setup();
    const controller = new AbortController();
    controller.abort();
    await expect(
      verifyLookId(ownLook.id, {
        apiKey: API_KEY,
        upstream: UPSTREAM,
        fetch,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AvatarApiError', kind: 'aborted' });
  });

  it('throws without a key rather than asking the API', async () => {
    const { verify, fetch, ownLook } = await setup();
    await expect(verify(ownLook.id, '')).rejects.toThrow(TypeError);
    expect(fetch).not.toHaveBeenCalled();
  });
});
