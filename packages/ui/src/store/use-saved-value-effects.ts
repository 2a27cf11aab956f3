'use client';
import { useEffect, useRef } from 'react';
import type { PickerStore } from './picker-store';

/**
 * What a saved value does once it resolves, without rendering anything: an unusable one is said
 * once in the live region; a usable one reveals its character (scrolled into view, the tab stop)
 * unless the user already picked or moved into the grid. Flags live in refs so StrictMode's
 * second mount does not say or scroll again.
 */
export function useSavedValueEffects(store: PickerStore): void {
  const revealed = useRef(false);
  const said = useRef(false);
  useEffect(() => {
    const check = () => {
      const { valueLook, valueUnavailable, lastPick, labels } = store.get();
      if (valueUnavailable !== said.current) {
        said.current = valueUnavailable;
        if (valueUnavailable) store.actions.announce(labels.savedLookUnavailable);
      }
      if (revealed.current || valueLook === null) return;
      revealed.current = true;
      const { grid } = store.nodes;
      const inGrid = grid?.contains(grid.ownerDocument.activeElement) === true;
      if (lastPick === null && !inGrid) store.actions.reveal(valueLook.characterId);
    };
    check();
    return store.subscribe(check);
  }, [store]);
}
