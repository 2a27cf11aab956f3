import type { LookId } from '@avatar-picker/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AvatarPickerRecentsStorage, getRecentsStore, MAX_RECENTS } from './recents-store';

const id = (n: number) => `avat_look${n}` as LookId;

/** A Map-backed Storage whose calls a test can make fail. */
function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: vi.fn((key: string) => data.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void data.set(key, value)),
  };
}

let storage: ReturnType<typeof fakeStorage>;
let scope = 0;
/** A key of its own for each test: stores are shared per key for the life of the module. */
let key: string;
/** Stores read storage once while a picker is subscribed; a test stands for that picker. */
let unsubscribe: () => void;
const open = (recentsKey = key) => {
  const store = getRecentsStore(undefined, recentsKey);
  unsubscribe = store.subscribe(() => {});
  return store;
};

beforeEach(() => {
  storage = fakeStorage();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', new EventTarget());
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  key = `test-${++scope}`;
});
afterEach(() => {
  unsubscribe?.();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('getRecentsStore', () => {
  it('keeps picks in localStorage, most recent first, without duplicates, at most 12', () => {
    const store = open();
    for (let n = 1; n <= 14; n += 1) store.record(id(n));
    store.record(id(10));
    const expected = [10, 14, 13, 12, 11, 9, 8, 7, 6, 5, 4, 3].map(id);
    expect(store.get()).toEqual(expected);
    expect(store.get()).toHaveLength(MAX_RECENTS);
    expect(JSON.parse(storage.data.get(`avatar-picker:recent:${key}`)!)).toEqual(expected);
  });

  it('uses avatar-picker:recent without a key and scopes each recentsKey apart', () => {
    storage.data.set('avatar-picker:recent', JSON.stringify([id(1)]));
    storage.data.set('avatar-picker:recent:ada', JSON.stringify([id(2)]));
    expect(getRecentsStore(undefined, undefined).get()).toEqual([id(1)]);
    const ada = open('ada');
    expect(ada.get()).toEqual([id(2)]);
    ada.record(id(3));
    expect(storage.data.get('avatar-picker:recent')).toBe(JSON.stringify([id(1)]));
    expect(getRecentsStore(undefined, 'ada')).toBe(ada);
  });

  it('reads bad JSON, a non-array and malformed entries as nothing', () => {
    const at = `avatar-picker:recent:${key}`;
    storage.data.set(at, '{not json');
    expect(open().get()).toEqual([]);
    unsubscribe();
    storage.data.set(at, JSON.stringify({ ids: [id(1)] }));
    expect(open().get()).toEqual([]);
    unsubscribe();
    storage.data.set(at, JSON.stringify([id(1), 42, 'javascript:alert(1)', null, id(1), id(2)]));
    expect(open().get()).toEqual([id(1), id(2)]);
  });

  it('reads disabled storage (SecurityError) as nothing and keeps picks in memory', () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const store = open();
    expect(store.get()).toEqual([]);
    store.record(id(1));
    expect(store.get()).toEqual([id(1)]);
  });

  it('swallows a quota error on write and still shows the pick', () => {
    storage.setItem.mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const store = open();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(() => store.record(id(1))).not.toThrow();
    expect(store.get()).toEqual([id(1)]);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('tells every subscriber of a store, and follows writes from other tabs', () => {
    const store = open();
    const other = vi.fn();
    store.subscribe(other);
    store.record(id(1));
    expect(other).toHaveBeenCalledTimes(1);
    storage.data.set(`avatar-picker:recent:${key}`, JSON.stringify([id(5), id(1)]));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'something-else' }));
    expect(store.get()).toEqual([id(1)]);
    window.dispatchEvent(
      Object.assign(new Event('storage'), { key: `avatar-picker:recent:${key}` }),
    );
    expect(store.get()).toEqual([id(5), id(1)]);
    expect(other).toHaveBeenCalledTimes(2);
  });

  it('shares one store per custom storage object and survives one that throws', () => {
    const failing: AvatarPickerRecentsStorage = {
      get: () => {
        throw new Error('nope');
      },
      set: () => {
        throw new Error('nope');
      },
    };
    const store = getRecentsStore(failing, undefined);
    expect(getRecentsStore(failing, 'ignored')).toBe(store);
    expect(store.get()).toEqual([]);
    store.record(id(1));
    expect(store.get()).toEqual([id(1)]);
    expect(storage.setItem).not.toHaveBeenCalled();
  });

  it('forgets looks known to be gone', () => {
    const store = open();
    store.record(id(1));
    store.record(id(2));
    store.remove([id(1), id(9)]);
    expect(store.get()).toEqual([id(2)]);
  });
});
