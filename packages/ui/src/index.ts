export { AvatarPicker, type AvatarPickerProps } from './avatar-picker';
export {
  AvatarPickerCharacter,
  type AvatarPickerCharacterProps,
} from './avatar-picker-character';
export { AvatarPickerDialog, type AvatarPickerDialogProps } from './avatar-picker-dialog';
export { AvatarPickerEmpty, type AvatarPickerEmptyProps } from './avatar-picker-empty';
export { AvatarPickerError, type AvatarPickerErrorProps } from './avatar-picker-error';
export {
  AvatarPickerFavoriteToggle,
  type AvatarPickerFavoriteToggleProps,
} from './avatar-picker-favorite-toggle';
export { AvatarPickerFilters, type AvatarPickerFiltersProps } from './avatar-picker-filters';
export {
  AvatarPickerGrid,
  type AvatarPickerGridComponents,
  type AvatarPickerGridProps,
} from './avatar-picker-grid';
export { AvatarPickerLoading, type AvatarPickerLoadingProps } from './avatar-picker-loading';
export { AvatarPickerLook, type AvatarPickerLookProps } from './avatar-picker-look';
export { AvatarPickerLooks, type AvatarPickerLooksProps } from './avatar-picker-looks';
export { AvatarPickerPreview, type AvatarPickerPreviewProps } from './avatar-picker-preview';
export {
  AvatarPickerRoot,
  type AvatarPickerRootProps,
  type AvatarPickerValueProps,
} from './avatar-picker-root';
export { AvatarPickerSearch, type AvatarPickerSearchProps } from './avatar-picker-search';
export { buildRows, type GridRow, type LooksState } from './build-rows';
export {
  createPreviewController,
  type PreviewClock,
  type PreviewController,
  type PreviewControllerOptions,
  type PreviewEnvironment,
  type PreviewMedia,
  type PreviewTarget,
} from './create-preview-controller';
export { type AvatarPickerLabels, defaultLabels } from './default-labels';
export {
  type AvatarPickerFilter,
  type CharacterLists,
  filterCharacters,
} from './filter-characters';
export { foldText } from './fold-text';
export { type CellPosition, type GridLayout, getNextCell } from './get-next-cell';
