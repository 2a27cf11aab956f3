import type { Character, CharacterId, Look, LookId } from '../core/types';

const BASE = {
  previewImageUrl: 'https://img.test/preview.png',
  isFavorite: false,
  isPublic: false,
  isActive: true,
  createdAt: '2024-01-15T10:30:00Z',
  updatedAt: '2024-01-15T10:30:00Z',
};

/** A valid domain character for tests; ids must look like `avat_…`. */
export function makeCharacter(
  id: string,
  overrides: Partial<Omit<Character, 'id'>> = {},
): Character {
  return {
    ...BASE,
    kind: 'character',
    id: id as CharacterId,
    name: id,
    looksCount: 0,
    ...overrides,
  };
}

export function makeLook(
  id: string,
  characterId: string,
  overrides: Partial<Omit<Look, 'id' | 'characterId'>> = {},
): Look {
  return {
    ...BASE,
    kind: 'look',
    id: id as LookId,
    characterId: characterId as CharacterId,
    name: id,
    videoUrl: 'https://media.test/clip.webm',
    ...overrides,
  };
}
