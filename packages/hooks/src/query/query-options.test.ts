import { QueryClient, skipToken } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { AvatarId, CharacterId } from '../core/types';
import { makeCharacter, makeLook } from '../testing/avatar-fixtures';
import { createMemoryClient } from '../testing/create-memory-client';
import { avatarKeys } from './avatar-keys';
import { retryDelay, shouldRetry } from './avatar-retry';
import {
  AVATAR_STALE_TIME_MS,
  allAvatarsQueryOptions,
  avatarQueryOptions,
  charactersQueryOptions,
  looksQueryOptions,
  publicAvatarsQueryOptions,
} from './query-options';

const characterId = 'avat_C1' as CharacterId;
const DEFAULT_SIGNED_URL_LIFETIME_MS = 3_600_000;

function setup() {
  const client = createMemoryClient(
    [makeCharacter('avat_C1', { isPublic: true })],
    [makeLook('avat_L1', 'avat_C1')],
  );
  const queryClient = new QueryClient();
  return { client, queryClient };
}

describe('query options', () => {
  it('characters: keyed by the factory, passes the abort signal to listCharacters', async () => {
    const { client, queryClient } = setup();
    const spy = vi.spyOn(client, 'listCharacters');
    const options = charactersQueryOptions(client);
    expect(options.queryKey).toEqual(avatarKeys.characters());
    expect((await queryClient.fetchQuery(options)).items.map((c) => c.id)).toEqual(['avat_C1']);
    expect(spy).toHaveBeenCalledWith({ signal: expect.any(AbortSignal) });
  });

  it('public: keyed by the factory, passes the abort signal to listPublic', async () => {
    const { client, queryClient } = setup();
    const spy = vi.spyOn(client, 'listPublic');
    const options = publicAvatarsQueryOptions(client);
    expect(options.queryKey).toEqual(avatarKeys.public());
    expect((await queryClient.fetchQuery(options)).items.map((a) => a.id)).toEqual(['avat_C1']);
    expect(spy).toHaveBeenCalledWith({ signal: expect.any(AbortSignal) });
  });

  it('everything: keyed by the factory, passes the abort signal to listAll', async () => {
    const { client, queryClient } = setup();
    const spy = vi.spyOn(client, 'listAll');
    const options = allAvatarsQueryOptions(client);
    expect(options.queryKey).toEqual(avatarKeys.everything());
    const ids = (await queryClient.fetchQuery(options)).items.map((a) => a.id);
    expect(ids).toEqual(['avat_C1', 'avat_L1']);
    expect(spy).toHaveBeenCalledWith({ signal: expect.any(AbortSignal) });
  });

  it('looks: keyed per character, passes the id and the abort signal', async () => {
    const { client, queryClient } = setup();
    const spy = vi.spyOn(client, 'listLooks');
    const options = looksQueryOptions(client, characterId);
    expect(options.queryKey).toEqual(avatarKeys.looks(characterId));
    const data = await queryClient.fetchQuery(options);
    expect(data.items.map((look) => look.id)).toEqual(['avat_L1']);
    expect(spy).toHaveBeenCalledWith(characterId, { signal: expect.any(AbortSignal) });
  });

  it('aborts the client call when the query is cancelled', async () => {
    const { client, queryClient } = setup();
    let received: AbortSignal | undefined;
    vi.spyOn(client, 'listCharacters').mockImplementation(
      ({ signal } = {}) =>
        new Promise((_resolve, reject) => {
          received = signal;
          signal?.addEventListener('abort', () => reject(signal.reason));
        }),
    );
    const pending = queryClient.fetchQuery(charactersQueryOptions(client));
    await vi.waitFor(() => expect(received).toBeDefined());
    await queryClient.cancelQueries({ queryKey: avatarKeys.characters() });
    await expect(pending).rejects.toBeDefined();
    expect(received?.aborted).toBe(true);
  });

  it('looks of no character are skipped rather than fetched', () => {
    const { client } = setup();
    expect(looksQueryOptions(client, null).queryFn).toBe(skipToken);
  });

  it('considers data fresh well within the signed URL lifetime, and uses the retry policy', () => {
    const { client } = setup();
    expect(AVATAR_STALE_TIME_MS).toBeGreaterThan(0);
    expect(AVATAR_STALE_TIME_MS).toBeLessThanOrEqual(DEFAULT_SIGNED_URL_LIFETIME_MS / 4);
    for (const options of [
      charactersQueryOptions(client),
      looksQueryOptions(client, characterId),
      publicAvatarsQueryOptions(client),
      allAvatarsQueryOptions(client),
      avatarQueryOptions(client, new QueryClient(), characterId),
    ]) {
      expect(options.staleTime).toBe(AVATAR_STALE_TIME_MS);
      expect(options.retry).toBe(shouldRetry);
      expect(options.retryDelay).toBe(retryDelay);
    }
  });

  it('avatar: answers from a cached list without asking the client', async () => {
    const { client, queryClient } = setup();
    await queryClient.fetchQuery(charactersQueryOptions(client));
    const listAll = vi.spyOn(client, 'listAll');
    const options = avatarQueryOptions(client, queryClient, characterId);
    expect(options.queryKey).toEqual(avatarKeys.avatar(characterId));
    expect(await queryClient.fetchQuery(options)).toMatchObject({ id: characterId });
    expect(listAll).not.toHaveBeenCalled();
  });

  it('avatar: lookups share the lists they fetch, which stay cached', async () => {
    const { client, queryClient } = setup();
    const listAll = vi.spyOn(client, 'listAll');
    const listPublic = vi.spyOn(client, 'listPublic');
    const [look, nobody] = await Promise.all(
      (['avat_L1', 'avat_nobody'] as AvatarId[]).map((id) =>
        queryClient.fetchQuery(avatarQueryOptions(client, queryClient, id)),
      ),
    );
    expect(look).toMatchObject({ id: 'avat_L1', kind: 'look' });
    expect(nobody).toBeNull();
    expect(listAll).toHaveBeenCalledOnce();
    expect(listPublic).toHaveBeenCalledOnce();
    expect(queryClient.getQueryData(avatarKeys.everything())).toBeDefined();
    expect(queryClient.getQueryData(avatarKeys.public())).toBeDefined();
  });

  it('avatar: no id is skipped rather than fetched', () => {
    const { client, queryClient } = setup();
    expect(avatarQueryOptions(client, queryClient, null).queryFn).toBe(skipToken);
  });
});
