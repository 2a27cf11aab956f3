/** The subset of HTMLVideoElement the controller drives, so tests can pass a fake. */
export interface PreviewMedia {
  src: string;
  poster: string;
  play(): Promise<void> | undefined;
  pause(): void;
  load(): void;
  removeAttribute(name: string): void;
  remove(): void;
  addEventListener(type: 'error', listener: () => void): void;
  removeEventListener(type: 'error', listener: () => void): void;
}

export interface PreviewClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Reasons not to play video at all, read at the moment a preview would start. */
export interface PreviewEnvironment {
  prefersReducedMotion(): boolean;
  saveData(): boolean;
  isHidden(): boolean;
}

export interface PreviewTarget<Media extends PreviewMedia = PreviewMedia> {
  id: string;
  videoUrl: string;
  posterUrl: string | null;
  /** The element the shared video is moved into while it previews this target. */
  host: { append(media: Media): void };
}

export interface PreviewControllerOptions<
  Media extends PreviewMedia,
  Target extends PreviewTarget<Media>,
> {
  media: Media;
  clock: PreviewClock;
  environment: PreviewEnvironment;
  /** Fetches a fresh signed URL after a media error (an expired URL answers 403). */
  refreshUrl(target: Target): Promise<string | null>;
  intentDelayMs?: number;
}

export interface PreviewController<
  Media extends PreviewMedia,
  Target extends PreviewTarget<Media> = PreviewTarget<Media>,
> {
  /** Pointer or focus rests on a target: preview it once the intent delay has passed. */
  hover(target: Target): void;
  /** Preview at once (touch long-press). */
  show(target: Target): void;
  /** Pointer or focus left `id`; ignored when another target has taken over since. */
  leave(id: string): void;
  stop(): void;
  getActiveId(): string | null;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

export const PREVIEW_INTENT_DELAY_MS = 150;

/**
 * Drives the picker's single shared <video>: waits for hover intent, moves the element into the
 * hovered tile, recovers once from an expired signed URL, and falls back to the still image
 * rather than retrying forever.
 */
export function createPreviewController<
  Media extends PreviewMedia,
  Target extends PreviewTarget<Media> = PreviewTarget<Media>,
>(options: PreviewControllerOptions<Media, Target>): PreviewController<Media, Target> {
  const { media, clock, environment, refreshUrl } = options;
  const delay = options.intentDelayMs ?? PREVIEW_INTENT_DELAY_MS;
  const listeners = new Set<() => void>();
  const failedIds = new Set<string>();
  let pending: { target: Target; timer: unknown } | null = null;
  let active: { target: Target; refreshed: boolean } | null = null;

  const notify = () => {
    for (const listener of listeners) listener();
  };

  const allowed = () =>
    !environment.prefersReducedMotion() && !environment.saveData() && !environment.isHidden();

  const play = () => {
    // Autoplay policies and quick detaches reject play(); the still image stays, which is fine.
    media.play()?.catch(() => undefined);
  };

  const cancelPending = () => {
    if (pending === null) return;
    clock.clearTimeout(pending.timer);
    pending = null;
  };

  const detach = () => {
    if (active === null) return;
    active = null;
    media.pause();
    media.removeAttribute('src');
    media.removeAttribute('poster');
    media.load();
    media.remove();
    notify();
  };

  const attach = (target: Target) => {
    pending = null;
    if (!allowed() || failedIds.has(target.id)) return;
    detach();
    active = { target, refreshed: false };
    media.poster = target.posterUrl ?? '';
    media.src = target.videoUrl;
    target.host.append(media);
    play();
    notify();
  };

  const fallBack = (id: string) => {
    failedIds.add(id);
    if (active?.target.id === id) detach();
  };

  const onError = () => {
    const current = active;
    if (current === null) return;
    if (current.refreshed) {
      fallBack(current.target.id);
      return;
    }
    current.refreshed = true;
    refreshUrl(current.target).then(
      (url) => {
        if (active !== current) return;
        if (url === null) {
          fallBack(current.target.id);
          return;
        }
        media.src = url;
        play();
      },
      () => fallBack(current.target.id),
    );
  };

  media.addEventListener('error', onError);

  const isCurrent = (id: string) => active?.target.id === id || pending?.target.id === id;

  const stop = () => {
    cancelPending();
    detach();
  };

  return {
    hover(target) {
      if (isCurrent(target.id)) return;
      stop();
      if (!allowed() || failedIds.has(target.id)) return;
      pending = { target, timer: clock.setTimeout(() => attach(target), delay) };
    },
    show(target) {
      cancelPending();
      if (active?.target.id !== target.id) attach(target);
    },
    leave(id) {
      if (isCurrent(id)) stop();
    },
    stop,
    getActiveId: () => active?.target.id ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      stop();
      media.removeEventListener('error', onError);
      listeners.clear();
    },
  };
}
