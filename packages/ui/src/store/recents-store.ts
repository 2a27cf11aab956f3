import { isLookId, type LookId } from '@avatar-picker/hooks';

/**
 * Where recently used look ids are kept. Either method may throw, and `get` may return anything:
 * the picker reads a failure or a malformed list as no recents and never breaks on it.
 */
export interface AvatarPickerRecentsStorage {
  get(): LookId[];
  set(ids: LookId[]): void;
}

export interface PickerRecents {
  /** Remembers picked looks and offers them first: a "Recently used" row and a Recent filter. */
  recents?: boolean | undefined;
  /** Keeps the ids somewhere else than `localStorage`; pass the same object on every render. */
  recentsStorage?: AvatarPickerRecentsStorage | undefined;
  /** Scopes the default storage, e.g. per user: key `avatar-picker:recent:<recentsKey>`. */
  recentsKey?: string | undefined;
}

/** The recently used look ids one storage holds, shared by every picker on the page. */
export interface RecentsStore {
  /** Most recent first; the same array until the ids change (a `useSyncExternalStore` snapshot). */
  get(): readonly LookId[];
  record(id: LookId): void;
  /** Forgets looks known to be gone. */
  remove(gone: readonly string[]): void;
  subscribe(listener: () => void): () => void;
}

export const MAX_RECENTS = 12;
const STORAGE_KEY = 'avatar-picker:recent';
const NONE: readonly LookId[] = [];

function warn(error: unknown) {
  if (process.env.NODE_ENV !== 'production') {
    console.warn('avatar-picker: the recently used looks could not be stored or read.', error);
  }
}

// `localStorage` itself is read inside the calls: touching it throws where storage is disabled.
const localStorageAt = (key: string): AvatarPickerRecentsStorage => ({
  get: () => JSON.parse(localStorage.getItem(key) ?? '[]'),
  set: (ids) => localStorage.setItem(key, JSON.stringify(ids)),
});

function createRecentsStore(storage: AvatarPickerRecentsStorage, key?: string): RecentsStore {
  // null until read: never during a server render, once again after every picker unmounted.
  let ids: readonly LookId[] | null = null;
  const listeners = new Set<() => void>();
  const read = (): readonly LookId[] => {
    try {
      const stored: unknown = storage.get();
      if (!Array.isArray(stored)) return NONE;
      return [...new Set(stored.filter(isLookId))].slice(0, MAX_RECENTS);
    } catch (error) {
      warn(error);
      return NONE;
    }
  };
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const get = () => {
    ids ??= read();
    return ids;
  };
  const update = (next: readonly LookId[]) => {
    ids = next;
    try {
      storage.set([...next]);
    } catch (error) {
      // Quota or disabled storage: the picks still show until the page closes.
      warn(error);
    }
    notify();
  };
  // Another tab wrote the same key (null: it cleared the storage).
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== key) return;
    ids = read();
    notify();
  };
  return {
    get,
    record(id) {
      const current = get();
      if (current[0] !== id)
        update([id, ...current.filter((kept) => kept !== id)].slice(0, MAX_RECENTS));
    },
    remove(gone) {
      const current = get();
      const next = current.filter((id) => !gone.includes(id));
      if (next.length !== current.length) update(next);
    },
    subscribe(listener) {
      if (listeners.size === 0 && key !== undefined) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        if (key !== undefined) window.removeEventListener('storage', onStorage);
        // Read again when a picker mounts next: the storage may have changed meanwhile.
        ids = null;
      };
    },
  };
}

const byKey = new Map<string, RecentsStore>();
const byStorage = new WeakMap<AvatarPickerRecentsStorage, RecentsStore>();

function sharedStore<Key>(
  stores: { get(key: Key): RecentsStore | undefined; set(key: Key, store: RecentsStore): unknown },
  key: Key,
  create: () => RecentsStore,
): RecentsStore {
  const found = stores.get(key);
  if (found !== undefined) return found;
  const created = create();
  stores.set(key, created);
  return created;
}

/**
 * The one store per storage (per key for the default `localStorage`, per object for a custom
 * storage) that every picker on the page shares, so a pick in one shows in all of them.
 */
export function getRecentsStore(
  storage: AvatarPickerRecentsStorage | undefined,
  scope: string | undefined,
): RecentsStore {
  if (storage !== undefined) {
    return sharedStore(byStorage, storage, () => createRecentsStore(storage));
  }
  const key = scope === undefined ? STORAGE_KEY : `${STORAGE_KEY}:${scope}`;
  return sharedStore(byKey, key, () => createRecentsStore(localStorageAt(key), key));
}
