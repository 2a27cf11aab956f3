'use client';
import type { Look } from '@avatar-picker/hooks';
import { type ComponentPropsWithoutRef, type KeyboardEvent, memo, useId, useRef } from 'react';
import { useLookPreview } from '../preview/use-look-preview';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { createPart } from '../primitives/create-part';
import { useAvatarPickerContext } from '../store/avatar-picker-context';
import { AvatarImage } from './avatar-image';
import { AvatarPickerFavoriteToggle } from './avatar-picker-favorite-toggle';
import { AvatarPickerPreview } from './avatar-picker-preview';
import { LookContextProvider } from './look-context';

const INTERACTIVE = 'button, a, input, select, textarea';

export interface AvatarPickerLookProps extends ComponentPropsWithoutRef<'div'> {
  look: Look;
  /** Whether this cell holds the grid's single tab stop; the grid decides. */
  isTabStop?: boolean;
}

/** A look tile: a selectable gridcell. Inactive looks are shown with a reason and cannot be picked. */
export const AvatarPickerLook =
  // Memoized: a grid re-render with the same props skips the tile (an arrow key changes two).
  memo(
    createPart<HTMLDivElement, AvatarPickerLookProps>(
      'AvatarPicker.Look',
      function AvatarPickerLook({ look, isTabStop = false, children, ...rest }, ref) {
        const { value, selectLook, labels, disabled, preview } =
          useAvatarPickerContext('AvatarPicker.Look');
        const nameId = useId();
        const reasonId = useId();
        const previewHostRef = useRef<HTMLSpanElement>(null);
        const { handlers, consumeLongPress } = useLookPreview(look, preview, previewHostRef);
        const selected = value === look.id;
        const unavailable = !look.isActive;
        const tabIndex = isTabStop && !disabled ? 0 : -1;

        const select = () => {
          if (!unavailable && !disabled) selectLook(look);
        };
        const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
          // Keys pressed on the favorite toggle inside belong to the toggle.
          if (event.target !== event.currentTarget) return;
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          select();
        };

        return (
          <LookContextProvider value={{ look, previewHostRef }}>
            {/* biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: a <table> cannot hold virtualized, absolutely placed rows */}
            <div
              role="gridcell"
              aria-labelledby={unavailable ? `${nameId} ${reasonId}` : nameId}
              aria-selected={selected}
              aria-disabled={unavailable || disabled || undefined}
              tabIndex={tabIndex}
              data-ap-cell=""
              data-ap-look=""
              data-ap-cell-key={look.id}
              data-ap-focus-key={look.id}
              data-state={selected ? 'checked' : 'unchecked'}
              data-disabled={unavailable || disabled ? '' : undefined}
              data-favorite={look.isFavorite ? '' : undefined}
              data-highlighted={isTabStop ? '' : undefined}
              {...rest}
              ref={ref}
              onClick={composeEventHandlers(rest.onClick, (event) => {
                // A click on a control inside the tile (the favorite toggle) is that control's.
                const control = (event.target as Element).closest(INTERACTIVE);
                if (control !== null && control !== event.currentTarget) return;
                if (!consumeLongPress()) select();
              })}
              onKeyDown={composeEventHandlers(rest.onKeyDown, onKeyDown)}
              onPointerEnter={composeEventHandlers(rest.onPointerEnter, handlers.onPointerEnter)}
              onPointerLeave={composeEventHandlers(rest.onPointerLeave, handlers.onPointerLeave)}
              onPointerDown={composeEventHandlers(rest.onPointerDown, handlers.onPointerDown)}
              onPointerUp={composeEventHandlers(rest.onPointerUp, handlers.onPointerUp)}
              onPointerCancel={composeEventHandlers(rest.onPointerCancel, handlers.onPointerCancel)}
              onContextMenu={composeEventHandlers(rest.onContextMenu, handlers.onContextMenu)}
              onFocus={composeEventHandlers(rest.onFocus, handlers.onFocus)}
              onBlur={composeEventHandlers(rest.onBlur, handlers.onBlur)}
            >
              <span data-ap-media="">
                <AvatarImage src={look.previewImageUrl} name={look.name} />
                {look.videoUrl !== null && <AvatarPickerPreview />}
              </span>
              <span id={nameId} title={look.name} data-ap-name="">
                {look.name}
              </span>
              {/* The space keeps "name reason" one phrase for text readers, as in the cell's name. */}
              {unavailable && ' '}
              {unavailable && (
                <span id={reasonId} data-ap-reason="">
                  {labels.unavailable}
                </span>
              )}
              <AvatarPickerFavoriteToggle avatar={look} tabIndex={tabIndex} />
              {children}
            </div>
          </LookContextProvider>
        );
      },
    ),
  );
AvatarPickerLook.displayName = 'AvatarPicker.Look';
