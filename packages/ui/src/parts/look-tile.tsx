'use client';
import { AvatarImage } from './avatar-image';
import { AvatarPickerFavoriteToggle } from './avatar-picker-favorite-toggle';
import { AvatarPickerPreview } from './avatar-picker-preview';
import type { LookTileProps } from './use-look-cell';

/** The default look tile, built from the same ready props a custom one receives. */
export function LookTile({ look, state, children, ...props }: LookTileProps) {
  return (
    <div {...props}>
      <span data-ap-media="">
        <AvatarImage src={look.previewImageUrl} name={look.name} />
        {look.videoUrl !== null && <AvatarPickerPreview />}
      </span>
      <span title={look.name} data-ap-name="">
        {look.name}
      </span>
      {/* The space keeps "name reason" one phrase for text readers, as in the cell's name. */}
      {state.reason !== null && ' '}
      {state.reason !== null && <span data-ap-reason="">{state.reason}</span>}
      {state.lockedAction}
      <AvatarPickerFavoriteToggle avatar={look} />
      {children}
    </div>
  );
}
