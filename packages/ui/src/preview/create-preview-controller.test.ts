import { describe, expect, it, vi } from 'vitest';
import {
  createPreviewController,
  type PreviewEnvironment,
  type PreviewMedia,
  type PreviewTarget,
} from './create-preview-controller';

class FakeMedia implements PreviewMedia {
  src = '';
  poster = '';
  parent: string | null = null;
  playing = false;
  playResult: () => Promise<void> = () => Promise.resolve();
  log: string[] = [];
  private errorListener: (() => void) | null = null;

  play() {
    this.playing = true;
    this.log.push(`play ${this.src}`);
    return this.playResult();
  }
  pause() {
    this.playing = false;
    this.log.push('pause');
  }
  load() {
    this.log.push('load');
  }
  removeAttribute(name: string) {
    if (name === 'src') this.src = '';
    if (name === 'poster') this.poster = '';
  }
  remove() {
    this.parent = null;
  }
  addEventListener(_type: 'error', listener: () => void) {
    this.errorListener = listener;
  }
  removeEventListener() {
    this.errorListener = null;
  }
  fail() {
    this.errorListener?.();
  }
}

function createFakeClock() {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let nextId = 1;
  return {
    setTimeout(callback: () => void, ms: number) {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle: unknown) {
      timers.delete(handle as number);
    },
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.callback();
        }
      }
    },
  };
}

function setup(environment: Partial<PreviewEnvironment> = {}) {
  const media = new FakeMedia();
  const clock = createFakeClock();
  const refreshUrl = vi.fn(
    async (_target: PreviewTarget<FakeMedia>): Promise<string | null> =>
      'https://v.test/fresh.webm',
  );
  const controller = createPreviewController({
    media,
    clock,
    refreshUrl,
    environment: {
      prefersReducedMotion: () => false,
      saveData: () => false,
      isHidden: () => false,
      ...environment,
    },
  });
  const target = (id: string): PreviewTarget<FakeMedia> => ({
    id,
    videoUrl: `https://v.test/${id}.webm`,
    posterUrl: `https://i.test/${id}.png`,
    host: {
      append: (node) => {
        node.parent = id;
      },
    },
  });
  return { media, clock, controller, refreshUrl, target };
}

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('createPreviewController', () => {
  it('starts the preview only after the intent delay, poster first', () => {
    const { media, clock, controller, target } = setup();
    controller.hover(target('a'));
    clock.advance(149);
    expect(media.parent).toBeNull();
    expect(media.src).toBe('');
    clock.advance(1);
    expect(media.parent).toBe('a');
    expect(media.poster).toBe('https://i.test/a.png');
    expect(media.src).toBe('https://v.test/a.webm');
    expect(media.playing).toBe(true);
    expect(controller.getActiveId()).toBe('a');
  });

  it('loads nothing when the pointer leaves before the delay', () => {
    const { media, clock, controller, target } = setup();
    controller.hover(target('a'));
    clock.advance(100);
    controller.leave('a');
    clock.advance(500);
    expect(media.log).toEqual([]);
    expect(media.parent).toBeNull();
  });

  it('moves the one media element between targets and stops it on leave', () => {
    const { media, clock, controller, target } = setup();
    const listener = vi.fn();
    controller.subscribe(listener);
    controller.hover(target('a'));
    clock.advance(150);
    controller.hover(target('b'));
    expect(media.parent).toBeNull();
    clock.advance(150);
    expect(media.parent).toBe('b');
    controller.leave('a');
    expect(media.parent).toBe('b');
    controller.leave('b');
    expect(media.parent).toBeNull();
    expect(media.src).toBe('');
    expect(media.log.slice(-2)).toEqual(['pause', 'load']);
    expect(controller.getActiveId()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('shows at once for a long-press', () => {
    const { media, controller, target } = setup();
    controller.show(target('a'));
    expect(media.parent).toBe('a');
  });

  it('catches a rejected play()', async () => {
    const { media, controller, target } = setup();
    media.playResult = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
    controller.show(target('a'));
    await flush();
    expect(controller.getActiveId()).toBe('a');
  });

  it('refreshes the URL once after a media error and retries with it', async () => {
    const { media, controller, target, refreshUrl } = setup();
    controller.show(target('a'));
    media.fail();
    await flush();
    expect(refreshUrl).toHaveBeenCalledTimes(1);
    expect(media.src).toBe('https://v.test/fresh.webm');
    expect(media.log.at(-1)).toBe('play https://v.test/fresh.webm');
  });

  it('falls back to the image after a second failure and never retries that target', async () => {
    const { media, clock, controller, target, refreshUrl } = setup();
    controller.show(target('a'));
    media.fail();
    await flush();
    media.fail();
    await flush();
    expect(refreshUrl).toHaveBeenCalledTimes(1);
    expect(media.parent).toBeNull();
    controller.hover(target('a'));
    clock.advance(500);
    expect(media.parent).toBeNull();
  });

  it('falls back when the refresh finds no URL', async () => {
    const { media, controller, target, refreshUrl } = setup();
    refreshUrl.mockResolvedValueOnce(null);
    controller.show(target('a'));
    media.fail();
    await flush();
    await flush();
    expect(media.parent).toBeNull();
  });

  it.each([
    ['reduced motion', { prefersReducedMotion: () => true }],
    ['save-data', { saveData: () => true }],
    ['a hidden page', { isHidden: () => true }],
  ])('never previews with %s', (_reason, environment) => {
    const { media, clock, controller, target } = setup(environment);
    controller.hover(target('a'));
    clock.advance(1000);
    controller.show(target('b'));
    expect(media.parent).toBeNull();
    expect(media.log).toEqual([]);
  });

  it('stop() and destroy() detach the media', () => {
    const { media, clock, controller, target } = setup();
    controller.show(target('a'));
    controller.stop();
    expect(media.parent).toBeNull();
    controller.hover(target('b'));
    controller.destroy();
    clock.advance(500);
    expect(media.parent).toBeNull();
  });
});
