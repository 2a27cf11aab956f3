'use client';
import type { Look } from '@avatar-picker/hooks';
import { type ComponentPropsWithoutRef, memo } from 'react';
import { useGridComponents } from '../grid/grid-context';
import { createPart } from '../primitives/create-part';
import { mergeProps } from '../primitives/merge-props';
import { CellProvider } from './cell-context';
import { LookTile } from './look-tile';
import { useLookCell } from './use-look-cell';

export interface AvatarPickerLookProps extends ComponentPropsWithoutRef<'div'> {
  look: Look;
}

/**
 * A look tile: picking it makes its id the picker's value. Inactive looks are shown with a reason
 * and cannot be picked. Inside `AvatarPicker.Grid` it is a grid cell drawn by the grid's
 * `components.Look`; on its own, a toggle button.
 */
export const AvatarPickerLook =
  // Memoized: the tile renders again only when its look or its store slice changes.
  memo(
    createPart<HTMLDivElement, AvatarPickerLookProps>(
      'AvatarPicker.Look',
      function AvatarPickerLook({ look, ...rest }, ref) {
        const { props, cell } = useLookCell(look);
        const Tile = useGridComponents()?.Look ?? LookTile;
        return (
          <CellProvider value={cell}>
            <Tile look={look} {...mergeProps(props, { ...rest, ref })} />
          </CellProvider>
        );
      },
    ),
  );
AvatarPickerLook.displayName = 'AvatarPicker.Look';
