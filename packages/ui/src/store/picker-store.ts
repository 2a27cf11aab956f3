import type { Avatar, Character, CharacterId, Look, LookId } from '@avatar-picker/hooks';
import type { ReactNode } from 'react';
import { createStore, type Store } from './create-store';
import type { AvatarPickerLabels } from './default-labels';
import type { AvatarPickerFilter } from './filter-characters';
import type { RecentsStore } from './recents-store';
import type { AvatarPickerSort } from './sort-characters';

/** What the product offers: curation hides, gating shows a look locked with a reason. */
export interface PickerCuration {
  /** Hides the characters the product does not offer; result counts follow. */
  filterCharacters?: ((character: Character) => boolean) | undefined;
  /** Hides the looks the product does not offer. */
  filterLooks?: ((look: Look) => boolean) | undefined;
  /**
   * A reason shows a look locked: visible, `aria-disabled`, the reason in its name, never a
   * value (a `defaultValue` holding it counts as none). `null` leaves the look pickable.
   */
  getLookDisabledReason?: ((look: Look) => string | null) | undefined;
  /** Shown inside a locked look, after its reason: an "Upgrade" link, say. */
  renderLockedAction?: ((look: Look, reason: string) => ReactNode) | undefined;
}

/** A request to focus a cell; each is a new object, so repeated requests differ by identity. */
export interface FocusRequest {
  key: string;
  /** Scrolls the cell into view and makes it the tab stop without taking focus. */
  reveal?: true;
}

/**
 * The picker's UI state, one store per Root; server state stays in the query cache. Parts read
 * slices through selectors, so a change renders only the parts whose slice changed.
 */
export interface PickerState {
  /** The chosen look, as Root resolved it from `value` / `defaultValue`. */
  value: LookId | null;
  /** The chosen look itself, once the cache or a lookup knows it. */
  valueLook: Look | null;
  /** A saved value named a look that is gone, inactive, locked or hidden, so the picker holds none. */
  valueUnavailable: boolean;
  /** `value` is still being looked up (not once the lookup failed: the id is kept then). */
  valuePending: boolean;
  /** The form was submitted while `required` and nothing chosen; the next pick clears it. */
  invalid: boolean;
  filter: AvatarPickerFilter;
  search: string;
  /** The picked order; `null` keeps the API's (own characters, then public; newest first). */
  sort: AvatarPickerSort | null;
  /** The character whose looks are open below its row. */
  expandedId: CharacterId | null;
  /** The cell holding the grid's single tab stop (roving tabindex), shared by pointer and keys. */
  activeKey: string | null;
  /**
   * The avatar the user is on: of the tile the pointer moved onto and the tile holding focus,
   * the one reached last, else the other; null when both have left. Only `Root` (for
   * `onActiveChange`) and `ActivePreview` read it.
   */
  highlighted: Avatar | null;
  /**
   * The avatar the pointer or focus last moved onto. Unlike `highlighted` it stays when they
   * leave, even when focus is still on another tile: what `ActivePreview` shows.
   */
  visited: Avatar | null;
  /** The pending focus request the grid fulfils once the cell is rendered. */
  focusRequest: FocusRequest | null;
  labels: AvatarPickerLabels;
  disabled: boolean;
  /** What the live region says; repeated messages differ by an invisible space. */
  announcement: string;
  /** The last pick, a new object each time, so a dialog closes even when the value is unchanged. */
  lastPick: { look: Look } | null;
  curation: PickerCuration;
  /** Where picks are remembered as recently used; null when `recents={false}`. */
  recents: RecentsStore | null;
}

/** A `required` picker's form was sent with nothing chosen, and nothing is chosen yet. */
export const selectValueMissing = (state: PickerState) => state.invalid && state.value === null;

/** Why a look cannot be picked right now by the product's rule, or null. */
export const lockReason = (curation: PickerCuration, look: Look) =>
  curation.getLookDisabledReason?.(look) ?? null;

/** Whether a look can be the value: active, and not locked by the product's rule. */
export const canPick = (curation: PickerCuration, look: Look) =>
  look.isActive && lockReason(curation, look) === null;

/**
 * Whether a look found outside its character's row (recently used, a saved value) can be offered
 * as the value: it can be picked, `filterLooks` keeps it and `filterCharacters` its `character`
 * (null: gone).
 */
export const isOffered = (curation: PickerCuration, look: Look, character?: Avatar | null) =>
  canPick(curation, look) &&
  curation.filterLooks?.(look) !== false &&
  (curation.filterCharacters === undefined ||
    (character?.kind === 'character' && curation.filterCharacters(character)));

export type HighlightSource = 'pointer' | 'focus';

/** DOM nodes parts register through their refs, so no part searches the document for another. */
export interface PickerNodes {
  grid: HTMLElement | null;
  search: HTMLElement | null;
  trigger: HTMLElement | null;
  /** A mounted `ActivePreview`: it plays the highlighted look, so the tiles play none. */
  activePreview: HTMLElement | null;
  /** The focus target of each rendered cell, by cell key. */
  cells: Map<string, HTMLElement>;
  /** The favorite toggle of each rendered cell, by cell key: what the F key presses. */
  favorites: Map<string, () => void>;
}

/** Root's setters for the state its props may control. */
export interface PickerBindings {
  setValue: (id: LookId, look: Look) => void;
  setFilter: (filter: AvatarPickerFilter) => void;
  setSearch: (search: string) => void;
  setSort: (sort: AvatarPickerSort | null) => void;
}

export interface PickerActions extends Omit<PickerBindings, 'setValue'> {
  /** Picks a look; inactive looks and a disabled picker pick nothing. */
  selectLook: (look: Look) => void;
  toggleExpanded: (id: CharacterId) => void;
  /** Closes the open looks and focuses their character; false when nothing was open. */
  collapse: () => boolean;
  /** Moves DOM focus to a cell, scrolling its row into view first if it is virtualized away. */
  requestFocus: (key: string) => void;
  /** Scrolls a cell into view and makes it the tab stop, leaving focus where it is. */
  reveal: (key: string) => void;
  /** Makes a cell the tab stop without moving focus (it already has it). */
  setActive: (key: string) => void;
  /**
   * The pointer or focus is now on the cell `key` showing `avatar` (null: off the tiles). The
   * later one wins: arrow keys move the highlight off a tile the pointer still rests on.
   */
  highlight: (source: HighlightSource, avatar: Avatar | null, key?: string) => void;
  /**
   * The cell `key` is gone: a removed tile gets no pointerleave or blur, so what it held would
   * otherwise stay highlighted (a dialog closed by a pick, a row scrolled away).
   */
  release: (key: string) => void;
  /** Presses the favorite toggle of a cell; false when the cell has none. */
  toggleFavorite: (key: string) => boolean;
  announce: (message: string) => void;
}

export interface PickerStore extends Store<PickerState> {
  nodes: PickerNodes;
  actions: PickerActions;
  /** Root hands over its latest setters after each commit. */
  bind: (bindings: PickerBindings) => void;
}

export function createPickerStore(initial: PickerState): PickerStore {
  const store = createStore(initial);
  const { get, set } = store;
  const nodes: PickerNodes = {
    grid: null,
    search: null,
    trigger: null,
    activePreview: null,
    cells: new Map(),
    favorites: new Map(),
  };
  let bound: PickerBindings | null = null;
  const under: Record<HighlightSource, { avatar: Avatar; key: string | undefined } | null> = {
    pointer: null,
    focus: null,
  };
  let latest: HighlightSource = 'pointer';
  const requestFocus = (key: string) => set({ activeKey: key, focusRequest: { key } });

  const actions: PickerActions = {
    selectLook(look) {
      const { disabled, curation } = get();
      if (disabled || !canPick(curation, look)) return;
      bound?.setValue(look.id, look);
      get().recents?.record(look.id);
      set({ lastPick: { look }, invalid: false });
    },
    setFilter: (filter) => bound?.setFilter(filter),
    setSearch: (search) => bound?.setSearch(search),
    setSort: (sort) => bound?.setSort(sort),
    // The toggled character takes the tab stop: it has focus, and a look the search matched may
    // have held the stop while its looks were open.
    toggleExpanded: (id) => set({ expandedId: get().expandedId === id ? null : id, activeKey: id }),
    collapse() {
      const { expandedId } = get();
      if (expandedId === null) return false;
      set({ expandedId: null });
      // The looks row is gone: focus goes back to the character that opened it.
      requestFocus(expandedId);
      return true;
    },
    requestFocus,
    reveal: (key) => set({ activeKey: key, focusRequest: { key, reveal: true } }),
    setActive(key) {
      if (get().activeKey !== key) set({ activeKey: key });
    },
    highlight(source, avatar, key) {
      under[source] = avatar && { avatar, key };
      if (avatar !== null) latest = source;
      const state = get();
      const other = latest === 'pointer' ? 'focus' : 'pointer';
      const highlighted = (under[latest] ?? under[other])?.avatar ?? null;
      const visited = avatar === null ? state.visited : highlighted;
      if (highlighted?.id !== state.highlighted?.id || visited?.id !== state.visited?.id) {
        set({ highlighted, visited });
      }
    },
    release(key) {
      if (under.pointer?.key === key) actions.highlight('pointer', null);
      if (under.focus?.key === key) actions.highlight('focus', null);
    },
    toggleFavorite(key) {
      const toggle = nodes.favorites.get(key);
      toggle?.();
      return toggle !== undefined;
    },
    announce(message) {
      // Screen readers skip a live region whose text did not change; vary it invisibly.
      const repeated = get().announcement === message;
      set({ announcement: repeated ? `${message}\u00a0` : message });
    },
  };

  return {
    ...store,
    nodes,
    actions,
    bind(bindings) {
      bound = bindings;
    },
  };
}

/**
 * A ref callback that keeps `map[key]` pointing at the mounted node. It returns a cleanup for
 * React 19 and also handles React 18's `null` call; a newer node under the same key is kept.
 */
export function registerNode<Value>(map: Map<string, Value>, key: string, value: Value | null) {
  if (value === null) return;
  map.set(key, value);
  return () => {
    if (map.get(key) === value) map.delete(key);
  };
}
