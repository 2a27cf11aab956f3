import type { Avatar, AvatarClient, AvatarId, AvatarList, Character, Look } from '../core/types';

export interface MemoryClient extends AvatarClient {
  /** Current server-side favorites, as the last successful `setFavorite` left them. */
  favorites: Map<AvatarId, boolean>;
}

/**
 * An in-memory `AvatarClient` for hook tests that need precise control (tests replace single
 * methods with `vi.spyOn`); reads reflect favorites set through it, like the real API.
 */
export function createMemoryClient(characters: Character[], looks: Look[] = []): MemoryClient {
  const favorites = new Map<AvatarId, boolean>();
  const withFavorite = <T extends Avatar>(avatar: T): T => ({
    ...avatar,
    isFavorite: favorites.get(avatar.id) ?? avatar.isFavorite,
  });
  const list = <T extends Avatar>(items: T[]): Promise<AvatarList<T>> =>
    Promise.resolve({ items: items.map(withFavorite), skipped: [] });

  return {
    favorites,
    listCharacters: () => list(characters),
    listLooks: (characterId) => list(looks.filter((look) => look.characterId === characterId)),
    listAll: () => list<Avatar>([...characters, ...looks]),
    listPublic: () => list<Avatar>(characters.filter((character) => character.isPublic)),
    setFavorite: (id, isFavorite) => {
      favorites.set(id, isFavorite);
      return Promise.resolve();
    },
  };
}
