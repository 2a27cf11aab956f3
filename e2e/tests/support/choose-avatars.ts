import type { WireAvatar } from '@avatar-picker/mock-api';
import type { FakeApi } from './fake-api';

export interface CharacterWithLook {
  character: WireAvatar;
  look: WireAvatar;
}

const isActive = (avatar: WireAvatar) => avatar.active !== 0;

/**
 * Finds, from the fake's own data, an owned character and one of its looks that match `accept`,
 * both with names that no sibling shares, so a test can reach them by accessible name alone.
 */
export async function chooseLook(
  fake: FakeApi,
  accept: (look: WireAvatar) => boolean,
): Promise<CharacterWithLook> {
  const characters = await fake.characters();
  const everyName = [...characters, ...(await fake.publicAvatars())].map(({ name }) => name);
  for (const character of characters) {
    if (everyName.filter((name) => name === character.name).length !== 1) continue;
    const looks = await fake.looks(character.avatar_id);
    const look = looks.find(
      (candidate) =>
        accept(candidate) && looks.filter(({ name }) => name === candidate.name).length === 1,
    );
    if (look !== undefined) return { character, look };
  }
  throw new Error('The fake dataset has no character with a look that fits this test.');
}

export const activeLookWithVideo = (look: WireAvatar): boolean =>
  isActive(look) && typeof look.video_url === 'string';

export const activeLook = (look: WireAvatar): boolean => isActive(look);

export const inactiveLook = (look: WireAvatar): boolean => !isActive(look);
