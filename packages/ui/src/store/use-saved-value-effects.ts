'use client';
import { useEffect, useRef } from 'react';
import type { PickerStore } from './picker-store';

/**
 * What a saved value does once it resolves, without rendering anything: an unusable one is said
 * once in the live region; a usable one reveals its character (scrolled into view, the tab stop)
 * unless the user picked it here or is moving in the grid. A value the host sets later (another
 * profile's look) is revealed too. What was handled lives in refs so StrictMode's second mount
 * does not say or scroll again.
 */
export function useSavedValueEffects(store: PickerStore): void {
  const handled = useRef<string | null>(null);
  const said = useRef(false);
  useEffect(() => {
    const check = () => {
      const { valueLook, valueUnavailable, lastPick, labels } = store.get();
      if (valueUnavailable !== said.current) {
        said.current = valueUnavailable;
        if (valueUnavailable) store.actions.announce(labels.savedLookUnavailable);
      }
      if (valueLook === null || valueLook.id === handled.current) return;
      handled.current = valueLook.id;
      const { grid } = store.nodes;
      const inGrid = grid?.contains(grid.ownerDocument.activeElement) === true;
      if (lastPick?.look.id !== valueLook.id && !inGrid)
        store.actions.reveal(valueLook.characterId);
    };
    check();
    return store.subscribe(check);
  }, [store]);
}
