'use client';
import { useStoreSelector } from './store/create-store';
import type { PickerState, PickerStore } from './store/picker-store';
import { visuallyHidden } from './visually-hidden';

const selectAnnouncement = (state: PickerState) => state.announcement;

/** The picker's one polite live region; it alone re-renders when something is announced. */
export function PickerAnnouncer({ store }: { store: PickerStore }) {
  const announcement = useStoreSelector(store, selectAnnouncement);
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      style={visuallyHidden}
      data-ap-announcer=""
    >
      {announcement}
    </div>
  );
}
