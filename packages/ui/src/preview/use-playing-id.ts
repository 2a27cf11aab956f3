'use client';
import { useSyncExternalStore } from 'react';
import type { PreviewController } from './create-preview-controller';

type PlayingSource = Pick<PreviewController<HTMLVideoElement>, 'subscribe' | 'getActiveId'>;

const noSubscription = () => () => undefined;
const nothingPlaying = () => null;

/** The id of the look the picker's shared video plays; null before mount and on the server. */
export function usePlayingId(preview: PlayingSource | null): string | null {
  return useSyncExternalStore(
    preview?.subscribe ?? noSubscription,
    preview?.getActiveId ?? nothingPlaying,
    nothingPlaying,
  );
}
