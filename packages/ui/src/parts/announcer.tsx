'use client';
import { visuallyHidden } from '../primitives/visually-hidden';
import { useStoreSelector } from '../store/create-store';
import { usePicker } from '../store/picker-context';
import type { PickerState } from '../store/picker-store';

const selectAnnouncement = (state: PickerState) => state.announcement;

/**
 * The picker's polite live region. A modal dialog hides the page around it from screen readers
 * but leaves live regions heard (Radix's `hideOthers`), so this one serves the dialog too.
 */
export function Announcer() {
  const announcement = useStoreSelector(usePicker('AvatarPicker.Root').store, selectAnnouncement);
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
