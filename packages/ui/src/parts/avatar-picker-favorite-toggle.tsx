'use client';
import { type Avatar, useFavorite } from '@avatar-picker/hooks';
import { type ComponentPropsWithoutRef, useEffect } from 'react';
import { createPart } from '../primitives/create-part';
import { mergeProps } from '../primitives/merge-props';
import { type AsChildProps, Slot } from '../primitives/slot';
import { useEffectEvent } from '../primitives/use-effect-event';
import { usePickerBasics } from '../store/picker-context';
import { registerNode } from '../store/picker-store';
import { useCell } from './cell-context';

export interface AvatarPickerFavoriteToggleProps
  extends ComponentPropsWithoutRef<'button'>,
    AsChildProps {
  avatar: Avatar;
}

/**
 * Drawn, not a text glyph: a star character comes from whatever font the machine has, and
 * `currentColor` keeps it visible in forced-colors mode.
 */
function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth="2"
      strokeLinejoin="round"
      data-ap-favorite-icon=""
    >
      <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z" />
    </svg>
  );
}

/**
 * Marks a character or look as favorite. The change shows at once (optimistic); the result,
 * good or bad, is announced in the picker's live region, and so is a change made offline that
 * waits for the connection (`data-pending`, `aria-busy`). Inside a tile, F presses it.
 */
export const AvatarPickerFavoriteToggle = createPart<
  HTMLButtonElement,
  AvatarPickerFavoriteToggleProps
>(
  'AvatarPicker.FavoriteToggle',
  function AvatarPickerFavoriteToggle({ avatar, asChild, children, ...rest }, ref) {
    const { store, labels, disabled } = usePickerBasics('AvatarPicker.FavoriteToggle');
    const cell = useCell();
    const { announce } = store.actions;
    const {
      isFavorite: cached,
      setFavorite,
      isPaused,
    } = useFavorite(avatar.id, {
      onSuccess: (isFavorite) =>
        announce(
          isFavorite ? labels.favoriteAdded(avatar.name) : labels.favoriteRemoved(avatar.name),
        ),
      onError: () => announce(labels.favoriteFailed(avatar.name)),
      onPaused: (isFavorite) => announce(labels.favoritePending(avatar.name, isFavorite)),
    });
    // The cache holds the latest click; the prop is a fallback for an avatar it does not hold,
    // and may be an object the caller kept from before that click.
    const pressed = cached ?? avatar.isFavorite;
    const toggle = useEffectEvent(() => {
      if (!disabled) setFavorite(!pressed);
    });
    const cellKey = cell?.key;
    useEffect(
      () =>
        cellKey === undefined ? undefined : registerNode(store.nodes.favorites, cellKey, toggle),
      [store, cellKey, toggle],
    );

    const Component = asChild ? Slot : 'button';
    const own = {
      type: asChild ? undefined : ('button' as const),
      'aria-pressed': pressed,
      // A tile already says its avatar's name, so inside one the toggle names only itself.
      'aria-label': cell === null ? labels.favorite(avatar.name) : labels.favoriteInTile,
      'data-state': pressed ? 'on' : 'off',
      // Shown at once but not saved yet: it waits for the connection to return.
      'data-pending': isPaused ? '' : undefined,
      'aria-busy': isPaused || undefined,
      'data-ap-favorite': '',
      disabled,
      // In a grid only the tab-stop tile's controls are tabbable.
      tabIndex: cell === null ? undefined : cell.isTabStop && !disabled ? 0 : -1,
      onClick: toggle,
    };
    return (
      <Component {...mergeProps(own, { ...rest, ref })}>
        {asChild ? children : (children ?? <StarIcon filled={pressed} />)}
      </Component>
    );
  },
);
