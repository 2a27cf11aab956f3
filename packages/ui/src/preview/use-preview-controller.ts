'use client';
import { type AvatarList, avatarKeys, type Look, useRefreshLooks } from '@avatar-picker/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useEffectEvent } from '../primitives/use-effect-event';
import { browserPreviewEnvironment } from './browser-preview-environment';
import { createPreviewController, type PreviewController } from './create-preview-controller';
import type { LookPreviewTarget } from './use-look-preview';

/**
 * Creates the picker's one <video> and its controller after mount (never during SSR). The element
 * lives outside React's tree so it can move between tiles without remounting.
 */
export function usePreviewController(): PreviewController<
  HTMLVideoElement,
  LookPreviewTarget
> | null {
  const queryClient = useQueryClient();
  const refreshLooks = useRefreshLooks();
  const refresh = useEffectEvent(refreshLooks);
  const [controller, setController] = useState<PreviewController<
    HTMLVideoElement,
    LookPreviewTarget
  > | null>(null);

  useEffect(() => {
    const media = document.createElement('video');
    media.muted = true;
    media.playsInline = true;
    media.loop = true;
    media.preload = 'none';
    media.setAttribute('aria-hidden', 'true');
    media.dataset.apPreviewVideo = '';
    const created = createPreviewController<HTMLVideoElement, LookPreviewTarget>({
      media,
      clock: window,
      environment: browserPreviewEnvironment(window),
      refreshUrl: async (target) => {
        await refresh(target.characterId);
        const looks = queryClient.getQueryData<AvatarList<Look>>(
          avatarKeys.looks(target.characterId),
        );
        const url = looks?.items.find((look) => look.id === target.id)?.videoUrl;
        return url != null && url !== target.videoUrl ? url : null;
      },
    });
    const stopWhenHidden = () => {
      if (document.visibilityState === 'hidden') created.stop();
    };
    document.addEventListener('visibilitychange', stopWhenHidden);
    setController(created);
    return () => {
      document.removeEventListener('visibilitychange', stopWhenHidden);
      created.destroy();
    };
  }, [queryClient, refresh]);

  return controller;
}
