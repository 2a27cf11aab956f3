import type { AvatarId, CharacterId } from '../core/types';

const all = ['avatar-picker'] as const;

/**
 * The one source of query and mutation keys. Every list lives under `all`, so a single
 * prefix reaches the whole avatar cache (optimistic favorites, invalidation, tests).
 */
export const avatarKeys = {
  all,
  characters: () => [...all, 'characters'] as const,
  /** `null` is the key of the disabled query `useLooks(null)` keeps while nothing is expanded. */
  looks: (characterId: CharacterId | null) => [...all, 'looks', characterId] as const,
  public: () => [...all, 'public'] as const,
  everything: () => [...all, 'everything'] as const,
  favorite: (id: AvatarId) => [...all, 'favorite', id] as const,
  /** One avatar looked up by id; `null` keys the query that never runs, for a malformed id. */
  avatar: (id: AvatarId | null) => [...all, 'avatar', id] as const,
};
