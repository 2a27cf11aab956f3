import { expect } from 'vitest';
import type { AvatarClient, Character, Look } from '../core/types';

/** Well formed, but no avatar of the fake has it. */
export const UNKNOWN_ID = 'avat_01HZZZZZZZZZZZZZZZZZZZZZZZ';

/**
 * Avatars of the fake read through `client`, for lookups: an active and an inactive look of the
 * account, and an active look of another account's public character (its oldest, so the public
 * list's own order would reach it last).
 */
export async function readLookupFixtures(client: AvatarClient) {
  const own = await client.listAll();
  const ownLooks = own.items.filter((avatar): avatar is Look => avatar.kind === 'look');
  const ownLook = ownLooks.find((look) => look.isActive);
  const inactiveLook = ownLooks.find((look) => !look.isActive);
  const ownIds = new Set(own.items.map((avatar) => avatar.id));
  const publicCharacter = (await client.listPublic()).items
    .filter(
      (avatar): avatar is Character =>
        avatar.kind === 'character' && !ownIds.has(avatar.id) && avatar.looksCount !== 0,
    )
    .at(-1);
  if (!ownLook || !inactiveLook || !publicCharacter) throw new Error('the fake lacks a fixture');
  const publicLook = (await client.listLooks(publicCharacter.id)).items.find(
    (look) => look.isActive,
  );
  if (!publicLook) throw new Error('the public character has no active look');
  return { ownLook, inactiveLook, publicCharacter, publicLook };
}

/** Matches `look` read again: the signed video URL changes with each response's second. */
export function sameLook(look: Look) {
  return { ...look, videoUrl: look.videoUrl === null ? null : expect.any(String) };
}
