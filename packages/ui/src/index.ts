export { AvatarPicker, type AvatarPickerProps } from './parts/avatar-picker';
export {
  AvatarPickerActivePreview,
  type AvatarPickerActivePreviewProps,
  type AvatarPickerActivePreviewState,
} from './parts/avatar-picker-active-preview';
export {
  AvatarPickerCharacter,
  type AvatarPickerCharacterProps,
} from './parts/avatar-picker-character';
export { AvatarPickerEmpty, type AvatarPickerEmptyProps } from './parts/avatar-picker-empty';
export { AvatarPickerError, type AvatarPickerErrorProps } from './parts/avatar-picker-error';
export {
  AvatarPickerFavoriteToggle,
  type AvatarPickerFavoriteToggleProps,
} from './parts/avatar-picker-favorite-toggle';
export {
  AvatarPickerFilters,
  AvatarPickerFiltersItem,
  type AvatarPickerFiltersItemProps,
  type AvatarPickerFiltersProps,
} from './parts/avatar-picker-filters';
export {
  AvatarPickerGrid,
  type AvatarPickerGridComponents,
  type AvatarPickerGridProps,
} from './parts/avatar-picker-grid';
export { AvatarPickerLoading, type AvatarPickerLoadingProps } from './parts/avatar-picker-loading';
export { AvatarPickerLook, type AvatarPickerLookProps } from './parts/avatar-picker-look';
export { AvatarPickerLooks, type AvatarPickerLooksProps } from './parts/avatar-picker-looks';
export { AvatarPickerPreview, type AvatarPickerPreviewProps } from './parts/avatar-picker-preview';
export {
  AvatarPickerRoot,
  type AvatarPickerRootProps,
  type AvatarPickerValueProps,
} from './parts/avatar-picker-root';
export { AvatarPickerSearch, type AvatarPickerSearchProps } from './parts/avatar-picker-search';
export { AvatarPickerSort, type AvatarPickerSortProps } from './parts/avatar-picker-sort';
export { AvatarPickerTrigger, type AvatarPickerTriggerProps } from './parts/avatar-picker-trigger';
export {
  AvatarPickerValueNotice,
  type AvatarPickerValueNoticeProps,
} from './parts/avatar-picker-value-notice';
export type { CharacterTileProps, CharacterTileState } from './parts/use-character-cell';
export type { LookTileProps, LookTileState } from './parts/use-look-cell';
export type { AsChildProps } from './primitives/slot';
export {
  type AvatarPickerLabels,
  type AvatarPickerLabelsProp,
  defaultLabels,
} from './store/default-labels';
export type { AvatarPickerFilter } from './store/filter-characters';
export type { PickerCuration as AvatarPickerCurationProps } from './store/picker-store';
export type {
  AvatarPickerRecentsStorage,
  PickerRecents as AvatarPickerRecentsProps,
} from './store/recents-store';
