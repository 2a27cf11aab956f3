'use client';
import { AvatarPickerEmpty } from './avatar-picker-empty';
import { AvatarPickerError } from './avatar-picker-error';
import { AvatarPickerFilters } from './avatar-picker-filters';
import { AvatarPickerGrid } from './avatar-picker-grid';
import { AvatarPickerLoading } from './avatar-picker-loading';
import { AvatarPickerSearch } from './avatar-picker-search';
import { AvatarPickerSort } from './avatar-picker-sort';
import { AvatarPickerValueNotice } from './avatar-picker-value-notice';

/** The parts in the order the ready-made picker and the dialog lay them out. */
export function AvatarPickerLayout({ columns }: { columns?: number | undefined }) {
  return (
    <>
      <AvatarPickerValueNotice />
      <div data-ap-toolbar="">
        <AvatarPickerSearch />
        <AvatarPickerFilters />
        <AvatarPickerSort />
      </div>
      <AvatarPickerLoading />
      <AvatarPickerError />
      <AvatarPickerEmpty />
      <AvatarPickerGrid columns={columns} />
    </>
  );
}
