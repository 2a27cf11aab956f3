import { describe, expect, it } from 'vitest';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { readLookupFixtures, sameLook, UNKNOWN_ID } from '../testing/lookup-fixtures';
import { throwRefusedRow } from './avatar-api-error';
import { findAvatar } from './find-avatar';
import type { AvatarId } from './types';

async function setup() {
  const fake = createFakeApiClient();
  const fixtures = await readLookupFixtures(fake.client);
  const lists = { all: await fake.client.listAll(), public: await fake.client.listPublic() };
  fake.fetch.mockClear();
  const requested = () =>
    fake.fetch.mock.calls.map(([input]) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return `${url.pathname}${url.search}`;
    });
  return { ...fake, ...fixtures, lists, requested };
}

describe('findAvatar against the fake API', () => {
  it('finds an own look, inactive ones included, with the account list alone', async () => {
    const { client, requested, ownLook, inactiveLook } = await setup();
    expect(await findAvatar(client, ownLook.id, { refused: throwRefusedRow })).toEqual(
      sameLook(ownLook),
    );
    expect(await findAvatar(client, inactiveLook.id, { refused: throwRefusedRow })).toEqual(
      sameLook(inactiveLook),
    );
    expect(requested()).toEqual([
      '/v1/avatars?characters_only=false',
      '/v1/avatars?characters_only=false',
    ]);
  });

  it("finds a look of another account's public character, asking its parent first", async () => {
    const { client, requested, publicLook, publicCharacter } = await setup();
    expect(await findAvatar(client, publicLook.id, { refused: throwRefusedRow })).toEqual(
      sameLook(publicLook),
    );
    expect(requested()).toEqual([
      '/v1/avatars?characters_only=false',
      '/v1/avatars/public',
      `/v1/avatars?parent_id=${publicCharacter.id}`,
    ]);
  });

  it('answers null for an id nobody has', async () => {
    const { client } = await setup();
    expect(
      await findAvatar(client, UNKNOWN_ID as AvatarId, { refused: throwRefusedRow }),
    ).toBeNull();
  });

  it('reads the lists it is given instead of requesting them', async () => {
    const { client, requested, lists, ownLook, publicLook, publicCharacter } = await setup();
    const given = {
      refused: throwRefusedRow,
      listAll: () => Promise.resolve(lists.all),
      listPublic: () => Promise.resolve(lists.public),
    };
    expect(await findAvatar(client, ownLook.id, given)).toEqual(sameLook(ownLook));
    expect(await findAvatar(client, publicLook.id, given)).toEqual(sameLook(publicLook));
    expect(requested()).toEqual([`/v1/avatars?parent_id=${publicCharacter.id}`]);
  });

  it('leaves a refused row of the id to the caller: an error, or no avatar', async () => {
    const { api, client, lists } = await setup();
    api.faults.add({ route: 'all', malformed: ['wrong-types'] });
    const newest = lists.all.items[0];
    if (newest === undefined) throw new Error('the fake account has no avatars');
    await expect(findAvatar(client, newest.id, { refused: throwRefusedRow })).rejects.toMatchObject(
      {
        name: 'AvatarApiError',
        kind: 'invalid-response',
      },
    );
    api.faults.add({ route: 'all', malformed: ['wrong-types'] });
    expect(await findAvatar(client, newest.id, { refused: () => null })).toBeNull();
  });

  it('rejects with the aborted error when the signal aborts', async () => {
    const { client, publicLook } = await setup();
    const controller = new AbortController();
    controller.abort();
    await expect(
      findAvatar(client, publicLook.id, { signal: controller.signal, refused: throwRefusedRow }),
    ).rejects.toMatchObject({ kind: 'aborted' });
  });
});
