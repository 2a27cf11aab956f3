'use client';
import type { CharacterId, Look, LookId } from '@avatar-picker/hooks';
import type { AvatarPickerLabels } from '../parts/default-labels';
import type { PreviewController } from '../preview/create-preview-controller';
import type { LookPreviewTarget } from '../preview/use-look-preview';
import { createPickerContext, usePickerContext } from '../primitives/create-picker-context';
import type { AvatarPickerFilter } from './filter-characters';
import type { PickerStore } from './picker-store';
import type { PickerData } from './use-picker-data';

export interface AvatarPickerContextValue {
  labels: AvatarPickerLabels;
  disabled: boolean;
  value: LookId | null;
  selectLook: (look: Look) => void;
  filter: AvatarPickerFilter;
  setFilter: (filter: AvatarPickerFilter) => void;
  query: string;
  setQuery: (query: string) => void;
  data: PickerData;
  expandedId: CharacterId | null;
  toggleExpanded: (id: CharacterId) => void;
  /** Closes the expanded looks and focuses their character; false when nothing was open. */
  collapse: () => boolean;
  /**
   * Active cell and focus requests: state that changes on every key press, read through
   * selectors so a key press renders the tiles it changes, not every consumer.
   */
  store: PickerStore;
  /** Moves DOM focus to a cell, scrolling its row into view first if it is virtualized away. */
  requestFocus: (key: string) => void;
  announce: (message: string) => void;
  preview: PreviewController<HTMLVideoElement, LookPreviewTarget> | null;
}

const AvatarPickerContext = createPickerContext<AvatarPickerContextValue>('AvatarPicker.Root');

export const AvatarPickerProvider = AvatarPickerContext.Context.Provider;

export function useAvatarPickerContext(partName: string): AvatarPickerContextValue {
  return usePickerContext(AvatarPickerContext, partName);
}
