'use client';
import { createContext, useCallback, useContext } from 'react';
import type { PreviewController } from '../preview/create-preview-controller';
import type { LookPreviewTarget } from '../preview/use-look-preview';
import { useStoreSelector } from './create-store';
import type { PickerNodes, PickerState, PickerStore } from './picker-store';
import type { PickerData } from './use-picker-data';

/** What never changes for the life of a Root: parts subscribe to the store for what does. */
export interface PickerContextValue {
  store: PickerStore;
  preview: PreviewController<HTMLVideoElement, LookPreviewTarget> | null;
}

const PickerContext = createContext<PickerContextValue | null>(null);
PickerContext.displayName = 'AvatarPicker.RootContext';
export const PickerProvider = PickerContext.Provider;

/**
 * The Root a part belongs to, throwing a clear error naming the part rendered outside one
 * instead of failing later on an undefined value.
 */
export function usePicker(partName: string): PickerContextValue {
  const value = useContext(PickerContext);
  if (value === null) {
    throw new Error(`<${partName}> must be rendered inside <AvatarPicker.Root>.`);
  }
  return value;
}

/** A ref callback that keeps one of the store's single nodes (grid, search, trigger…) current. */
export function useNodeRef(
  store: PickerStore,
  slot: 'grid' | 'search' | 'trigger' | 'activePreview',
) {
  return useCallback(
    (node: PickerNodes[typeof slot]) => {
      store.nodes[slot] = node;
    },
    [store, slot],
  );
}

export const selectLabels = (state: PickerState) => state.labels;
export const selectDisabled = (state: PickerState) => state.disabled;

/** The store, labels and disabled state most parts need, each a slice of its own. */
export function usePickerBasics(partName: string) {
  const { store, preview } = usePicker(partName);
  return {
    store,
    preview,
    labels: useStoreSelector(store, selectLabels),
    disabled: useStoreSelector(store, selectDisabled),
  };
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
