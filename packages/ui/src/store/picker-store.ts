import { createStore, type Store } from './create-store';

export interface FocusRequest {
  key: string;
  /** Distinguishes repeated requests for the same cell. */
  sequence: number;
}

/** UI state that changes on every key press or announcement; server state stays in the query cache. */
export interface PickerState {
  /** The cell holding the grid's single tab stop (roving tabindex), shared by pointer and keys. */
  activeKey: string | null;
  /** The pending focus request the grid fulfils once the cell is rendered. */
  focusRequest: FocusRequest | null;
  /** The live region's text. */
  announcement: string;
}

export type PickerStore = Store<PickerState>;

export function createPickerStore(): PickerStore {
  return createStore<PickerState>({ activeKey: null, focusRequest: null, announcement: '' });
}
