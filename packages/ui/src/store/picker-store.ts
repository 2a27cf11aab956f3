import type { Store } from './create-store';

/** A request to focus a cell; each is a new object, so repeated requests differ by identity. */
export interface FocusRequest {
  key: string;
}

/** UI state that changes on every key press; server state stays in the query cache. */
export interface PickerState {
  /** The cell holding the grid's single tab stop (roving tabindex), shared by pointer and keys. */
  activeKey: string | null;
  /** The pending focus request the grid fulfils once the cell is rendered. */
  focusRequest: FocusRequest | null;
}

export type PickerStore = Store<PickerState>;
