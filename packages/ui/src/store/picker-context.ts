'use client';
import { createContext, useContext } from 'react';
import type { PreviewController } from '../preview/create-preview-controller';
import type { LookPreviewTarget } from '../preview/use-look-preview';
import { createPickerContext, usePickerContext } from '../primitives/create-picker-context';
import { useStoreSelector } from './create-store';
import type { PickerState, PickerStore } from './picker-store';
import type { PickerData } from './use-picker-data';

/** What never changes for the life of a Root: parts subscribe to the store for what does. */
export interface PickerContextValue {
  store: PickerStore;
  preview: PreviewController<HTMLVideoElement, LookPreviewTarget> | null;
}

const PickerContext = createPickerContext<PickerContextValue>('AvatarPicker.Root');
export const PickerProvider = PickerContext.Context.Provider;

export function usePicker(partName: string): PickerContextValue {
  return usePickerContext(PickerContext, partName);
}

/** A slice of the picker's state; the part renders again only when the slice changes. */
export function usePickerState<Slice>(
  partName: string,
  selector: (state: PickerState) => Slice,
): Slice {
  return useStoreSelector(usePicker(partName).store, selector);
}

/**
 * The lists as the filter and search leave them. Apart from the store: only the parts that show
 * the lists (grid, loading, error, empty) render when they change, never the tiles.
 */
const PickerDataContext = createContext<PickerData | null>(null);
export const PickerDataProvider = PickerDataContext.Provider;

export function usePickerDataContext(partName: string): PickerData {
  usePicker(partName);
  return useContext(PickerDataContext) as PickerData;
}
