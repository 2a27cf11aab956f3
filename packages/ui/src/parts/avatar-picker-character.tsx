'use client';
import type { Character } from '@avatar-picker/hooks';
import { type ComponentPropsWithoutRef, memo } from 'react';
import { useGridComponents } from '../grid/grid-context';
import { createPart } from '../primitives/create-part';
import { mergeProps } from '../primitives/merge-props';
import { CellProvider } from './cell-context';
import { CharacterTile } from './character-tile';
import { useCharacterCell } from './use-character-cell';

export interface AvatarPickerCharacterProps extends ComponentPropsWithoutRef<'div'> {
  character: Character;
}

/**
 * A character tile whose button opens the character's looks. Inside `AvatarPicker.Grid` it is a
 * grid cell drawn by the grid's `components.Character`; on its own, a tile with its own tab stop.
 */
export const AvatarPickerCharacter =
  // Memoized: the tile renders again only when its character or its store slice changes.
  memo(
    createPart<HTMLDivElement, AvatarPickerCharacterProps>(
      'AvatarPicker.Character',
      function AvatarPickerCharacter({ character, ...rest }, ref) {
        const { props, cell } = useCharacterCell(character);
        const Tile = useGridComponents()?.Character ?? CharacterTile;
        return (
          <CellProvider value={cell}>
            <Tile character={character} {...mergeProps(props, { ...rest, ref })} />
          </CellProvider>
        );
      },
    ),
  );
AvatarPickerCharacter.displayName = 'AvatarPicker.Character';
