'use client';
import { type Avatar, useFavorite } from '@avatar-picker/hooks';
import type { ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { createPart } from '../primitives/create-part';
import { useAvatarPickerContext } from '../store/avatar-picker-context';

export interface AvatarPickerFavoriteToggleProps extends ComponentPropsWithoutRef<'button'> {
  avatar: Avatar;
}

/**
 * Marks a character or look as favorite. The change shows at once (optimistic); the result,
 * good or bad, is announced in the picker's live region.
 */
export const AvatarPickerFavoriteToggle = createPart<
  HTMLButtonElement,
  AvatarPickerFavoriteToggleProps
>(
  'AvatarPicker.FavoriteToggle',
  function AvatarPickerFavoriteToggle({ avatar, children, ...rest }, ref) {
    const { labels, announce, disabled } = useAvatarPickerContext('AvatarPicker.FavoriteToggle');
    const { setFavorite } = useFavorite(avatar.id, {
      onSuccess: (isFavorite) =>
        announce(
          isFavorite ? labels.favoriteAdded(avatar.name) : labels.favoriteRemoved(avatar.name),
        ),
      onError: () => announce(labels.favoriteFailed(avatar.name)),
    });
    const pressed = avatar.isFavorite;
    return (
      <button
        type="button"
        aria-pressed={pressed}
        aria-label={labels.favorite(avatar.name)}
        data-state={pressed ? 'on' : 'off'}
        data-ap-favorite=""
        disabled={disabled}
        {...rest}
        ref={ref}
        onClick={composeEventHandlers(rest.onClick, () => setFavorite(!pressed))}
      >
        {children ?? (pressed ? '★' : '☆')}
      </button>
    );
  },
);
