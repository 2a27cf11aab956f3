import type { PreviewEnvironment } from './create-preview-controller';

interface NetworkInformationLike {
  saveData?: boolean;
}

/** Reads the user's motion, data and visibility preferences live from the browser. */
export function browserPreviewEnvironment(win: Window): PreviewEnvironment {
  return {
    prefersReducedMotion: () =>
      win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
    saveData: () =>
      (win.navigator as Navigator & { connection?: NetworkInformationLike }).connection
        ?.saveData === true,
    isHidden: () => win.document.visibilityState === 'hidden',
  };
}
