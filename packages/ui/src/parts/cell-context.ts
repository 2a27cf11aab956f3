'use client';
import type { Look } from '@avatar-picker/hooks';
import { createContext, type RefObject, useContext } from 'react';

/** What the parts inside one tile (favorite toggle, preview) need to know about it. */
export interface CellContextValue {
  key: string;
  /** Whether the tile holds the grid's tab stop: its controls are tabbable only then. */
  isTabStop: boolean;
  /** Set in a look tile: the look a preview plays and where its video goes. */
  look?: Look;
  previewHostRef?: RefObject<HTMLSpanElement | null>;
}

const CellContext = createContext<CellContextValue | null>(null);
CellContext.displayName = 'AvatarPicker.CellContext';
export const CellProvider = CellContext.Provider;

export const useCell = () => useContext(CellContext);
