import type { Character, CharacterId, Look, LookId } from '@avatar-picker/hooks';

const STAMP = '2024-01-15T10:30:00Z';

export function makeCharacter(id: string, overrides: Partial<Character> = {}): Character {
  return {
    kind: 'character',
    id: `avat_${id}` as CharacterId,
    name: `Character ${id}`,
    previewImageUrl: `https://img.test/${id}.png`,
    isFavorite: false,
    isPublic: false,
    isActive: true,
    createdAt: STAMP,
    updatedAt: STAMP,
    looksCount: 2,
    ...overrides,
  };
}

export function makeLook(
  id: string,
  characterId: CharacterId,
  overrides: Partial<Look> = {},
): Look {
  return {
    kind: 'look',
    id: `avat_${id}` as LookId,
    characterId,
    name: `Look ${id}`,
    previewImageUrl: `https://img.test/${id}.png`,
    videoUrl: `https://video.test/${id}.webm`,
    isFavorite: false,
    isPublic: false,
    isActive: true,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}
