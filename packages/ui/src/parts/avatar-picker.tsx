'use client';
import { createPart } from '../primitives/create-part';
import { AvatarPickerActivePreview } from './avatar-picker-active-preview';
import { AvatarPickerCharacter } from './avatar-picker-character';
import { AvatarPickerEmpty } from './avatar-picker-empty';
import { AvatarPickerError } from './avatar-picker-error';
import { AvatarPickerFavoriteToggle } from './avatar-picker-favorite-toggle';
import { AvatarPickerFilters, AvatarPickerFiltersItem } from './avatar-picker-filters';
import { AvatarPickerGrid } from './avatar-picker-grid';
import { AvatarPickerLayout } from './avatar-picker-layout';
import { AvatarPickerLoading } from './avatar-picker-loading';
import { AvatarPickerLook } from './avatar-picker-look';
import { AvatarPickerLooks } from './avatar-picker-looks';
import { AvatarPickerPreview } from './avatar-picker-preview';
import { AvatarPickerRoot, type AvatarPickerRootProps } from './avatar-picker-root';
import { AvatarPickerSearch } from './avatar-picker-search';
import { AvatarPickerSort } from './avatar-picker-sort';
import { AvatarPickerTrigger } from './avatar-picker-trigger';
import { AvatarPickerValueNotice } from './avatar-picker-value-notice';

export interface AvatarPickerProps extends Omit<AvatarPickerRootProps, 'children'> {
  /** Columns before the grid is measured (SSR, first paint). */
  columns?: number;
}

const ReadyAvatarPicker = createPart<HTMLDivElement, AvatarPickerProps>(
  'AvatarPicker',
  function AvatarPicker({ columns, ...props }, ref) {
    return (
      <AvatarPickerRoot {...props} ref={ref}>
        <AvatarPickerLayout columns={columns} />
      </AvatarPickerRoot>
    );
  },
);

/**
 * `<AvatarPicker />` is a ready picker; its parts hang off it (`<AvatarPicker.Root>`…) for custom
 * layouts. Server components, which cannot dot into a client module, use the flat names.
 */
export const AvatarPicker = Object.assign(ReadyAvatarPicker, {
  Root: AvatarPickerRoot,
  Trigger: AvatarPickerTrigger,
  Search: AvatarPickerSearch,
  Sort: AvatarPickerSort,
  Filters: Object.assign(AvatarPickerFilters, { Item: AvatarPickerFiltersItem }),
  Grid: AvatarPickerGrid,
  Character: AvatarPickerCharacter,
  Looks: AvatarPickerLooks,
  Look: AvatarPickerLook,
  FavoriteToggle: AvatarPickerFavoriteToggle,
  Preview: AvatarPickerPreview,
  ActivePreview: AvatarPickerActivePreview,
  Empty: AvatarPickerEmpty,
  Error: AvatarPickerError,
  Loading: AvatarPickerLoading,
  ValueNotice: AvatarPickerValueNotice,
});
