import type { AvatarRecord } from '../dataset/avatar-record';
import { hashString } from '../dataset/create-random';
import { toIsoSeconds } from '../dataset/to-iso-seconds';

/** What callers change over the fake's life: per-user favorites and account-wide edits. */
export interface AvatarState {
  isFavorite(userId: string, record: AvatarRecord): boolean;
  setFavorite(userId: string, avatarId: string, favorite: boolean): void;
  nameOf(record: AvatarRecord): string;
  updatedAtOf(record: AvatarRecord): string;
  isEdited(avatarId: string): boolean;
  /** Records an edit of the avatar itself (name, url, voice), which moves `updated_at`. */
  edit(avatarId: string, changes: { name?: string }, nowMs: number): void;
  /** Bumps on every change, so serialized lists can be cached until it moves. */
  readonly version: number;
  reset(): void;
}

const SEEDED_FAVORITE_RATE = 0.08;

export function createAvatarState(): AvatarState {
  const favorites = new Map<string, Map<string, boolean>>();
  const edits = new Map<string, { name?: string; updatedAt: string }>();
  const userSalts = new Map<string, number>();
  let version = 0;

  // Each user starts with a few favorites of their own; the salt makes two users' sets differ.
  const seededFavorite = (userId: string, record: AvatarRecord) => {
    let salt = userSalts.get(userId);
    if (salt === undefined) {
      salt = hashString(userId) / 4294967296;
      userSalts.set(userId, salt);
    }
    return (record.favoriteRoll + salt) % 1 < SEEDED_FAVORITE_RATE;
  };

  return {
    isFavorite(userId, record) {
      return favorites.get(userId)?.get(record.id) ?? seededFavorite(userId, record);
    },
    setFavorite(userId, avatarId, favorite) {
      let own = favorites.get(userId);
      if (!own) {
        own = new Map();
        favorites.set(userId, own);
      }
      own.set(avatarId, favorite);
      version++;
    },
    nameOf(record) {
      return edits.get(record.id)?.name ?? record.name;
    },
    updatedAtOf(record) {
      return edits.get(record.id)?.updatedAt ?? record.updatedAt;
    },
    isEdited(avatarId) {
      return edits.has(avatarId);
    },
    edit(avatarId, changes, nowMs) {
      const previous = edits.get(avatarId);
      edits.set(avatarId, { name: changes.name ?? previous?.name, updatedAt: toIsoSeconds(nowMs) });
      version++;
    },
    get version() {
      return version;
    },
    reset() {
      favorites.clear();
      edits.clear();
      version++;
    },
  };
}
