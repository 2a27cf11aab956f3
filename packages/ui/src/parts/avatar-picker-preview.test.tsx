import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout({ width: 720, height: 420 }));
beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// Video URLs are minted per response, so find a look with video through the client.
const { client: demoClient } = createPickerHarness();
const characters = (await demoClient.listCharacters()).items;
const looksByCharacter = await Promise.all(
  characters.map(async (character) => ({
    character,
    looks: (await demoClient.listLooks(character.id)).items,
  })),
);
const { character: owner, looks } = looksByCharacter.find(({ looks }) =>
  looks.some((look) => look.videoUrl !== null && look.isActive),
)!;
const withVideo = looks.find((look) => look.videoUrl !== null && look.isActive)!;
const silent = looksByCharacter
  .flatMap(({ character, looks: all }) => all.map((look) => ({ character, look })))
  .find(({ look }) => look.videoUrl === null)!;

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const cell = (id: string) =>
  document.querySelector<HTMLElement>(`[role="gridcell"][data-ap-cell-key="${id}"]`)!;

async function openLooks(
  options: Parameters<typeof renderPicker>[1] = {},
  character = owner,
  lookId: string = withVideo.id,
) {
  const result = renderPicker(<AvatarPicker defaultFilter="mine" />, {
    ...options,
    user: { advanceTimers: vi.advanceTimersByTime },
  });
  await result.user.click(await screen.findByRole('button', { name: character.name }));
  await waitFor(() => expect(cell(lookId)).not.toBeNull());
  return result;
}

describe('AvatarPicker preview', () => {
  it('plays one shared video in the hovered look after the intent delay, and stops it on leave', async () => {
    const { user } = await openLooks();
    const target = cell(withVideo.id);
    await user.hover(target);
    await advance(100);
    expect(document.querySelector('video')).toBeNull();
    await advance(60);
    const videos = document.querySelectorAll('video');
    expect(videos).toHaveLength(1);
    const video = videos[0]!;
    expect(target).toContainElement(video);
    expect(video.muted).toBe(true);
    expect(video).toHaveAttribute('loop');
    expect(video).toHaveAttribute('preload', 'none');
    expect(video.getAttribute('src')).toMatch(/^http:\/\/fake\.test\/media\/video\//);
    expect(video.getAttribute('poster')).toBe(withVideo.previewImageUrl);
    expect(HTMLMediaElement.prototype.play).toHaveBeenCalled();

    await user.unhover(target);
    expect(document.querySelector('video')).toBeNull();
    expect(video).not.toHaveAttribute('src');
  });

  it('loads nothing on a fast sweep', async () => {
    const { user } = await openLooks();
    const target = cell(withVideo.id);
    await user.hover(target);
    await advance(50);
    await user.unhover(target);
    await advance(500);
    expect(document.querySelector('video')).toBeNull();
    expect(HTMLMediaElement.prototype.play).not.toHaveBeenCalled();
  });

  it('plays nothing in a look that moves under a resting pointer', async () => {
    await openLooks();
    // What the browser sends when the grid scrolls beneath the pointer: over and enter, no move.
    fireEvent.pointerOver(cell(withVideo.id), { pointerType: 'mouse' });
    await advance(1_000);
    expect(document.querySelector('video')).toBeNull();
    expect(HTMLMediaElement.prototype.play).not.toHaveBeenCalled();
  });

  it('shows only the image for a look without video', async () => {
    const { user } = await openLooks({}, silent.character, silent.look.id);
    await user.hover(cell(silent.look.id));
    await advance(500);
    expect(document.querySelector('video')).toBeNull();
  });

  it('does not preview when the user prefers reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    const { user } = await openLooks();
    await user.hover(cell(withVideo.id));
    await advance(500);
    expect(document.querySelector('video')).toBeNull();
    vi.unstubAllGlobals();
  });

  it('refreshes expired URLs once after a media error, then falls back to the image', async () => {
    let now = Date.now();
    const { user, requests } = await openLooks({ now: () => now });
    await user.hover(cell(withVideo.id));
    await advance(200);
    const video = document.querySelector('video')!;
    const staleUrl = video.getAttribute('src');
    const looksRequests = () => requests.filter((request) => request.includes('parent_id')).length;
    const before = looksRequests();
    now += 60_000;
    video.dispatchEvent(new Event('error'));
    await waitFor(() => expect(video.getAttribute('src')).not.toBe(staleUrl));
    expect(looksRequests()).toBe(before + 1);
    expect(document.querySelectorAll('video')).toHaveLength(1);

    video.dispatchEvent(new Event('error'));
    await waitFor(() => expect(document.querySelector('video')).toBeNull());
    expect(looksRequests()).toBe(before + 1);
  });

  it('previews on a touch long-press without selecting; a tap selects', async () => {
    const { user } = await openLooks();
    const target = cell(withVideo.id);
    await user.pointer({ keys: '[TouchA>]', target });
    await advance(520);
    expect(target.querySelector('video')).not.toBeNull();
    await user.pointer({ keys: '[/TouchA]', target });
    expect(document.querySelector('video')).toBeNull();
    expect(target).toHaveAttribute('aria-selected', 'false');

    await user.pointer({ keys: '[TouchA]', target });
    expect(target).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps the browser menu from ending a touch long-press; a right-click keeps its menu', async () => {
    await openLooks();
    const target = cell(withVideo.id);
    fireEvent.pointerDown(target, { pointerType: 'touch' });
    await advance(500);
    expect(fireEvent.contextMenu(target)).toBe(false);
    expect(target.querySelector('video')).not.toBeNull();
    fireEvent.pointerUp(target, { pointerType: 'touch' });

    fireEvent.pointerDown(target, { pointerType: 'mouse', button: 2 });
    expect(fireEvent.contextMenu(target)).toBe(true);
  });
});
