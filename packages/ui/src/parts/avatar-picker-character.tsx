'use client';
import type { Character } from '@avatar-picker/hooks';
import { type ComponentPropsWithoutRef, memo, useId } from 'react';
import { usePrefetchIntent } from '../preview/use-prefetch-intent';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { createPart } from '../primitives/create-part';
import { useAvatarPickerContext } from '../store/avatar-picker-context';
import { AvatarImage } from './avatar-image';
import { AvatarPickerFavoriteToggle } from './avatar-picker-favorite-toggle';

export interface AvatarPickerCharacterProps extends ComponentPropsWithoutRef<'div'> {
  character: Character;
  /** Whether this cell holds the grid's single tab stop; the grid decides. */
  isTabStop?: boolean;
}

/** A character tile: a gridcell whose button expands the character's looks below its row. */
export const AvatarPickerCharacter =
  // Memoized: a grid re-render with the same props skips the tile (an arrow key changes two).
  memo(
    createPart<HTMLDivElement, AvatarPickerCharacterProps>(
      'AvatarPicker.Character',
      function AvatarPickerCharacter({ character, isTabStop = false, children, ...rest }, ref) {
        const { expandedId, toggleExpanded, labels, disabled } =
          useAvatarPickerContext('AvatarPicker.Character');
        const countId = useId();
        const prefetch = usePrefetchIntent(character.id);
        const expanded = expandedId === character.id;
        const tabIndex = isTabStop && !disabled ? 0 : -1;

        return (
          // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows
          // biome-ignore lint/a11y/useFocusableInteractive: the button inside the cell takes focus
          <div
            role="gridcell"
            data-ap-cell=""
            data-ap-character=""
            data-ap-cell-key={character.id}
            data-state={expanded ? 'open' : 'closed'}
            data-favorite={character.isFavorite ? '' : undefined}
            data-highlighted={isTabStop ? '' : undefined}
            data-disabled={disabled ? '' : undefined}
            {...rest}
            ref={ref}
            onPointerEnter={composeEventHandlers(rest.onPointerEnter, prefetch.onPointerEnter)}
            onPointerLeave={composeEventHandlers(rest.onPointerLeave, prefetch.onPointerLeave)}
          >
            <AvatarImage src={character.previewImageUrl} name={character.name} />
            {/* Only the name is inside the button, so its visible text is exactly its accessible
            name; styles.css stretches its hit area over the whole tile. */}
            <button
              type="button"
              aria-expanded={expanded}
              aria-describedby={character.looksCount === null ? undefined : countId}
              tabIndex={tabIndex}
              disabled={disabled}
              data-ap-focus-key={character.id}
              data-ap-character-trigger=""
              onClick={() => toggleExpanded(character.id)}
              {...prefetch.focus}
            >
              <span title={character.name} data-ap-name="">
                {character.name}
              </span>
            </button>
            {character.looksCount !== null && (
              <span id={countId} data-ap-count="">
                {labels.looksCount(character.looksCount)}
              </span>
            )}
            <AvatarPickerFavoriteToggle avatar={character} tabIndex={tabIndex} />
            {children}
          </div>
        );
      },
    ),
  );
AvatarPickerCharacter.displayName = 'AvatarPicker.Character';
