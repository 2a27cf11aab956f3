'use client';
import { visuallyHidden } from '../primitives/visually-hidden';
import { AvatarImage } from './avatar-image';
import { AvatarPickerFavoriteToggle } from './avatar-picker-favorite-toggle';
import type { CharacterTileProps } from './use-character-cell';

/** The default character tile, built from the same ready props a custom one receives. */
export function CharacterTile({
  character,
  state,
  triggerProps,
  looksLabelId,
  children,
  ...props
}: CharacterTileProps) {
  return (
    <div {...props}>
      {/* The name is shown, so the image adds nothing for screen readers. */}
      <span data-ap-media="">
        <AvatarImage src={character.previewImageUrl} name={character.name} decorative />
      </span>
      {/* Only the name is inside the button, so its visible text is exactly its accessible
      name; styles.css stretches its hit area over the whole tile. */}
      <button {...triggerProps}>
        <span title={character.name} data-ap-name="">
          {character.name}
        </span>
      </button>
      {(state.looksLabel !== null || state.selectionLabel !== null) && (
        <span id={looksLabelId} data-ap-count={state.looksLabel === null ? undefined : ''}>
          {state.looksLabel}
          {state.selectionLabel !== null && (
            <span style={visuallyHidden} data-ap-selection-label="">
              {state.looksLabel === null ? state.selectionLabel : `, ${state.selectionLabel}`}
            </span>
          )}
        </span>
      )}
      <AvatarPickerFavoriteToggle avatar={character} />
      {children}
    </div>
  );
}
