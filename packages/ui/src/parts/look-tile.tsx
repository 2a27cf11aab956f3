'use client';
import { AvatarImage } from './avatar-image';
import { AvatarPickerFavoriteToggle } from './avatar-picker-favorite-toggle';
import { AvatarPickerPreview } from './avatar-picker-preview';
import type { LookTileProps } from './use-look-cell';

/** The default look tile, built from the same ready props a custom one receives. */
export function LookTile({ look, state, nameId, reasonId, children, ...props }: LookTileProps) {
  return (
    <div {...props}>
      <span data-ap-media="">
        {/* The name is shown, so the image adds nothing for screen readers. */}
        <AvatarImage src={look.previewImageUrl} name={look.name} decorative />
        {look.videoUrl !== null && <AvatarPickerPreview />}
      </span>
      <span id={nameId} title={state.name} data-ap-name="">
        {state.name}
      </span>
      {/* The space keeps "name reason" one phrase for text readers, as in the cell's name. */}
      {state.reason !== null && ' '}
      {/* The action is part of the reason: the cell's name ("Studio Pro plan Upgrade") holds all
      its visible text, as a label must. */}
      {state.reason !== null && (
        <span id={reasonId}>
          <span data-ap-reason="">{state.reason}</span>
          {state.lockedAction !== null && ' '}
          {state.lockedAction}
        </span>
      )}
      <AvatarPickerFavoriteToggle avatar={look} />
      {children}
    </div>
  );
}
