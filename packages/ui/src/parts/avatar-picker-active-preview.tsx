'use client';
import { type Character, isHttpUrl, type Look } from '@avatar-picker/hooks';
import {
  type ComponentPropsWithoutRef,
  type ReactNode,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { usePlayingId } from '../preview/use-playing-id';
import { composeRefs } from '../primitives/compose-refs';
import { createPart } from '../primitives/create-part';
import { useStoreSelector } from '../store/create-store';
import { useNodeRef, usePickerBasics } from '../store/picker-context';
import type { PickerState } from '../store/picker-store';
import { AvatarImage } from './avatar-image';

export interface AvatarPickerActivePreviewState {
  /** The avatar the user is on now, as `onActiveChange` gets it; null once they left the tiles. */
  avatar: Character | Look | null;
  /**
   * The look the pane shows and plays: what the pointer or focus last moved onto, if a look. It
   * stays when they leave the tiles (to reach the unmute button, say), even while `avatar` falls
   * back to a tile focus stayed on; null once they move onto a character.
   */
  look: Look | null;
  /** The picker's video plays `look` in the pane. */
  playing: boolean;
}

export interface AvatarPickerActivePreviewProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * Draws the pane's content yourself. The video still plays in the pane's `[data-ap-media]`
   * slot, muted: the unmute button comes with the default content only.
   */
  children?: (state: AvatarPickerActivePreviewState) => ReactNode;
}

const selectHighlighted = (state: PickerState) => state.highlighted;
const selectVisited = (state: PickerState) => state.visited;

/**
 * A large preview of the avatar the user is on, for beside the grid: its image, its name and,
 * for a look, its video with an unmute button. It shows the avatar the pointer or focus last
 * moved onto and keeps it when they leave the tiles (even with focus left on another tile), so
 * the pointer can reach the unmute button. While it is mounted it plays the picker's single
 * video and the tiles play none.
 */
export const AvatarPickerActivePreview = createPart<HTMLDivElement, AvatarPickerActivePreviewProps>(
  'AvatarPicker.ActivePreview',
  function AvatarPickerActivePreview({ children, ...props }, ref) {
    const { store, preview, labels } = usePickerBasics('AvatarPicker.ActivePreview');
    const avatar = useStoreSelector(store, selectHighlighted);
    const shown = useStoreSelector(store, selectVisited);
    const [soundOn, setSoundOn] = useState(false);
    const [soundFor, setSoundFor] = useState(shown);
    if (shown !== soundFor) {
      setSoundFor(shown);
      // Sound was asked for one look: the next one starts muted.
      setSoundOn(false);
    }
    const look = shown?.kind === 'look' ? shown : null;
    const videoUrl = look !== null && isHttpUrl(look.videoUrl) ? look.videoUrl : null;
    const playingId = usePlayingId(preview);
    const playing = look !== null && playingId === look.id;
    const sound = playing && soundOn;
    const slot = useRef<HTMLSpanElement>(null);
    const media = useRef<HTMLVideoElement | null>(null);
    const registerPane = useNodeRef(store, 'activePreview');
    const composedRef = useMemo(() => composeRefs(registerPane, ref), [registerPane, ref]);

    useEffect(() => {
      const host = slot.current;
      if (preview === null) return;
      // The controller's intent delay, reduced-motion rule and expired-URL refresh apply here too.
      if (host !== null && look !== null && videoUrl !== null) {
        preview.hover({
          id: look.id,
          characterId: look.characterId,
          videoUrl,
          posterUrl: look.previewImageUrl,
          host: {
            append(video) {
              media.current = video;
              host.append(video);
            },
          },
        });
      } else {
        preview.stop();
      }
      return () => preview.stop();
    }, [preview, look, videoUrl]);

    useEffect(() => {
      const video = media.current;
      if (video === null) return;
      video.muted = !sound;
      // The tiles get the shared video back muted.
      return () => {
        video.muted = true;
      };
    }, [sound]);

    return (
      <div
        data-ap-active-preview=""
        data-state={shown === null ? 'empty' : shown.kind}
        data-playing={playing ? '' : undefined}
        {...props}
        ref={composedRef}
      >
        <span data-ap-media="">
          {children === undefined && shown !== null && (
            <AvatarImage src={shown.previewImageUrl} name={shown.name} decorative />
          )}
          <span
            ref={slot}
            aria-hidden="true"
            data-ap-preview=""
            data-state={playing ? 'playing' : 'idle'}
          />
        </span>
        {children !== undefined
          ? children({ avatar, look, playing })
          : shown !== null && (
              <>
                <span data-ap-name="">{shown.name}</span>
                {playing && (
                  <button
                    type="button"
                    aria-pressed={sound}
                    data-ap-unmute=""
                    onClick={() => setSoundOn(!sound)}
                  >
                    {labels.unmute}
                  </button>
                )}
              </>
            )}
      </div>
    );
  },
);
