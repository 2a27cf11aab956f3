'use client';
import type { CharacterId, Look } from '@avatar-picker/hooks';
import {
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
} from 'react';
import { usePointerArrival } from '../primitives/use-pointer-arrival';
import type { PickerNodes } from '../store/picker-store';
import type { PreviewController, PreviewTarget } from './create-preview-controller';

export interface LookPreviewTarget extends PreviewTarget<HTMLVideoElement> {
  characterId: CharacterId;
}

export const LONG_PRESS_MS = 500;

export interface LookPreviewHandlers {
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave: (event: PointerEvent<HTMLElement>) => void;
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  onPointerCancel: (event: PointerEvent<HTMLElement>) => void;
  onContextMenu: (event: MouseEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * Wires one look tile to the shared preview: mouse hover and keyboard focus preview after the
 * controller's intent delay; on touch a long-press previews and the tap that ends it must not
 * also select, which `consumeLongPress` tells the click handler. While an `ActivePreview` is
 * mounted (`nodes.activePreview`) it plays the highlighted look, and the tiles leave the video
 * alone.
 */
export function useLookPreview(
  look: Look,
  previewController: PreviewController<HTMLVideoElement, LookPreviewTarget> | null,
  hostRef: RefObject<HTMLElement | null>,
  nodes: Pick<PickerNodes, 'activePreview'>,
): { handlers: LookPreviewHandlers; consumeLongPress: () => boolean } {
  // Read at each event, so mounting the pane renders no tile.
  const tileController = useCallback(
    () => (nodes.activePreview === null ? previewController : null),
    [nodes, previewController],
  );
  const pressTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const longPressed = useRef(false);
  const touching = useRef(false);
  // Parsing already dropped any URL that is not http(s).
  const { videoUrl } = look;

  const target = useCallback((): LookPreviewTarget | null => {
    const host = hostRef.current;
    if (tileController() === null || host === null || videoUrl === null) return null;
    return {
      id: look.id,
      characterId: look.characterId,
      videoUrl,
      posterUrl: look.previewImageUrl,
      host,
    };
  }, [tileController, hostRef, look.id, look.characterId, look.previewImageUrl, videoUrl]);

  const clearPress = () => {
    if (pressTimer.current !== null) clearTimeout(pressTimer.current);
    pressTimer.current = null;
  };

  useEffect(
    () => () => {
      if (pressTimer.current !== null) clearTimeout(pressTimer.current);
      tileController()?.leave(look.id);
    },
    [tileController, look.id],
  );

  const start = () => {
    const next = target();
    if (next) tileController()?.hover(next);
  };
  const end = () => tileController()?.leave(look.id);
  const arrival = usePointerArrival(start);

  const handlers: LookPreviewHandlers = {
    onPointerMove: arrival.onPointerMove,
    onPointerLeave: (event) => {
      arrival.onPointerLeave();
      clearPress();
      if (event.pointerType !== 'touch') end();
    },
    onPointerDown: (event) => {
      longPressed.current = false;
      touching.current = event.pointerType === 'touch';
      if (!touching.current) return;
      clearPress();
      pressTimer.current = setTimeout(() => {
        pressTimer.current = null;
        const next = target();
        if (next === null) return;
        longPressed.current = true;
        tileController()?.show(next);
      }, LONG_PRESS_MS);
    },
    onPointerUp: (event) => {
      clearPress();
      touching.current = false;
      if (event.pointerType === 'touch' && longPressed.current) end();
    },
    onPointerCancel: () => {
      clearPress();
      end();
    },
    // A held finger opens the browser's menu/callout, which cancels the pointer and so the
    // preview; a mouse's right-click keeps its menu.
    onContextMenu: (event) => {
      if (touching.current) event.preventDefault();
    },
    onFocus: start,
    onBlur: (event) => {
      // Focus moving to the favorite toggle inside the same tile keeps the preview running.
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) end();
    },
  };

  const consumeLongPress = () => {
    const was = longPressed.current;
    longPressed.current = false;
    return was;
  };

  return { handlers, consumeLongPress };
}
