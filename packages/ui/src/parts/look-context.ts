'use client';
import type { Look } from '@avatar-picker/hooks';
import type { RefObject } from 'react';
import { createPickerContext, usePickerContext } from '../primitives/create-picker-context';

export interface LookContextValue {
  look: Look;
  /** Where the shared preview video is placed while this look previews. */
  previewHostRef: RefObject<HTMLSpanElement | null>;
}

const LookContext = createPickerContext<LookContextValue>('AvatarPicker.Look');

export const LookContextProvider = LookContext.Context.Provider;

export function useLookContext(partName: string): LookContextValue {
  return usePickerContext(LookContext, partName);
}
