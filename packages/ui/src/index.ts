export { buildRows, type GridRow, type LooksState } from './grid/build-rows';
export { type CellPosition, type GridLayout, getNextCell } from './grid/get-next-cell';
export { AvatarPicker, type AvatarPickerProps } from './parts/avatar-picker';
export {
  AvatarPickerCharacter,
  type AvatarPickerCharacterProps,
} from './parts/avatar-picker-character';
export { AvatarPickerDialog, type AvatarPickerDialogProps } from './parts/avatar-picker-dialog';
export { AvatarPickerEmpty, type AvatarPickerEmptyProps } from './parts/avatar-picker-empty';
export { AvatarPickerError, type AvatarPickerErrorProps } from './parts/avatar-picker-error';
export {
  AvatarPickerFavoriteToggle,
  type AvatarPickerFavoriteToggleProps,
} from './parts/avatar-picker-favorite-toggle';
export { AvatarPickerFilters, type AvatarPickerFiltersProps } from './parts/avatar-picker-filters';
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
export { type AvatarPickerLabels, defaultLabels } from './parts/default-labels';
export {
  createPreviewController,
  type PreviewClock,
  type PreviewController,
  type PreviewControllerOptions,
  type PreviewEnvironment,
  type PreviewMedia,
  type PreviewTarget,
} from './preview/create-preview-controller';
export { foldText } from './primitives/fold-text';
export {
  type AvatarPickerFilter,
  type CharacterLists,
  filterCharacters,
} from './store/filter-characters';
