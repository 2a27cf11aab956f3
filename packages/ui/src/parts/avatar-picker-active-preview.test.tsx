import type { Avatar } from '@avatar-picker/hooks';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeLook } from '../test/fixtures';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, type RenderPickerOptions, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';
import type { AvatarPickerActivePreviewProps } from './avatar-picker-active-preview';

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

// Video URLs are minted per response, so find looks with video through the client.
const { client: demoClient } = createPickerHarness();
const characters = (await demoClient.listCharacters()).items;
const looksByCharacter = await Promise.all(
  characters.map(async (character) => ({
    character,
    looks: (await demoClient.listLooks(character.id)).items.filter(
      (look) => look.videoUrl !== null && look.isActive,
    ),
  })),
);
const { character: owner, looks } = looksByCharacter.find(({ looks }) => looks.length >= 2)!;
const [first, second] = looks as [(typeof looks)[0], (typeof looks)[0]];

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const cell = (id: string) =>
  document.querySelector<HTMLElement>(`[data-ap-cell][data-ap-cell-key="${id}"]`)!;
const ownerTrigger = () =>
  cell(owner.id).querySelector<HTMLElement>('[data-ap-character-trigger]')!;
const pane = () => document.querySelector<HTMLElement>('[data-ap-active-preview]')!;
const ids = (calls: [Avatar | null][]) => calls.map(([avatar]) => avatar?.id ?? null);

/** Root + Grid + ActivePreview with the owner's looks open, nothing focused or hovered. */
async function renderPane(
  paneProps: AvatarPickerActivePreviewProps = {},
  extra?: ReactNode,
  options: RenderPickerOptions = {},
) {
  const onActiveChange = vi.fn<(avatar: Avatar | null) => void>();
  const result = renderPicker(
    <AvatarPicker.Root defaultFilter="mine" onActiveChange={onActiveChange}>
      <AvatarPicker.Grid />
      <AvatarPicker.ActivePreview {...paneProps} />
      {extra}
    </AvatarPicker.Root>,
    { ...options, user: { advanceTimers: vi.advanceTimersByTime } },
  );
  await screen.findByRole('grid');
  // A click without pointer or focus events: the test decides what the user is on.
  fireEvent.click(ownerTrigger());
  await waitFor(() => expect(cell(first.id)).not.toBeNull());
  return { ...result, onActiveChange };
}

describe('AvatarPicker.ActivePreview and onActiveChange', () => {
  it('tells onActiveChange the avatar keyboard focus is on, once each, then null', async () => {
    const { user, onActiveChange } = await renderPane();
    act(() => ownerTrigger().focus());
    expect(ids(onActiveChange.mock.calls)).toEqual([owner.id]);

    await user.keyboard('{ArrowDown}');
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveAttribute('data-ap-look');
    // Moving from tile to tile gives no null in between.
    expect(ids(onActiveChange.mock.calls)).toEqual([owner.id, focused.dataset.apCellKey]);
    expect(onActiveChange.mock.lastCall?.[0]).toMatchObject({ kind: 'look' });

    // Tab to the tile's own favorite toggle: still on the same look.
    await user.tab();
    expect(onActiveChange).toHaveBeenCalledTimes(2);

    act(() => (document.activeElement as HTMLElement).blur());
    expect(ids(onActiveChange.mock.calls)).toEqual([owner.id, focused.dataset.apCellKey, null]);
  });

  it('follows the pointer or focus, whichever reached a tile last, and says null once both have left', async () => {
    const { user, onActiveChange } = await renderPane();
    await user.hover(cell(first.id));
    await user.hover(cell(first.id));
    expect(ids(onActiveChange.mock.calls)).toEqual([first.id]);

    // Keys go on from a tile the pointer still rests on.
    act(() => ownerTrigger().focus());
    expect(ids(onActiveChange.mock.calls)).toEqual([first.id, owner.id]);
    // The pointer moving again takes it back.
    await user.pointer({ target: cell(first.id), coords: { clientX: 12, clientY: 12 } });
    expect(ids(onActiveChange.mock.calls)).toEqual([first.id, owner.id, first.id]);
    // Leaving, it hands back to the tile that still has focus.
    await user.unhover(cell(first.id));
    expect(ids(onActiveChange.mock.calls)).toEqual([first.id, owner.id, first.id, owner.id]);

    act(() => ownerTrigger().blur());
    expect(ids(onActiveChange.mock.calls)).toEqual([first.id, owner.id, first.id, owner.id, null]);
  });

  it('ignores a tile that moves under a resting pointer, as a scrolling grid carries one there', async () => {
    const { user, onActiveChange } = await renderPane();
    await user.keyboard('{Tab}');
    await user.keyboard('{ArrowDown}');
    const focused = document.activeElement as HTMLElement;
    const focusedKey = focused.closest<HTMLElement>('[data-ap-cell]')?.dataset.apCellKey;
    expect(ids(onActiveChange.mock.calls).at(-1)).toBe(focusedKey);
    const calls = onActiveChange.mock.calls.length;

    // What the browser sends when content scrolls beneath the pointer: over and enter, no move.
    fireEvent.pointerOver(cell(second.id), { pointerType: 'mouse' });
    await advance(1_000);
    expect(onActiveChange).toHaveBeenCalledTimes(calls);
    expect(within(pane()).queryByText(second.name)).toBeNull();

    await user.hover(cell(second.id));
    expect(ids(onActiveChange.mock.calls).at(-1)).toBe(second.id);
  });

  it('gives the render prop the current avatar, the look it keeps playing, and playing', async () => {
    const { user } = await renderPane({
      children: ({ avatar, look, playing }) => (
        <output>{`${avatar?.name ?? 'none'} | ${look?.name ?? 'no look'} | ${playing}`}</output>
      ),
    });
    const output = within(pane()).getByRole('status');
    expect(output).toHaveTextContent('none | no look | false');
    expect(pane()).toHaveAttribute('data-state', 'empty');

    await user.hover(cell(first.id));
    expect(output).toHaveTextContent(`${first.name} | ${first.name} | false`);
    await advance(160);
    expect(output).toHaveTextContent(`${first.name} | ${first.name} | true`);
    expect(pane()).toHaveAttribute('data-playing');
    expect(pane().querySelectorAll('video')).toHaveLength(1);

    // Off the tiles the pane keeps its look; the render prop still learns the user left.
    await user.unhover(cell(first.id));
    expect(output).toHaveTextContent(`none | ${first.name} | true`);
    expect(pane()).toHaveAttribute('data-state', 'look');

    await user.hover(ownerTrigger());
    expect(output).toHaveTextContent(`${owner.name} | no look | false`);
    expect(pane()).toHaveAttribute('data-state', 'character');
    expect(document.querySelector('video')).toBeNull();
  });

  it('plays the look muted in the pane, not in the tile; sound only after a click', async () => {
    const { user, unmount } = await renderPane();
    // As after a click on the character: leaving the look falls back to it, the pane stays.
    act(() => ownerTrigger().focus());
    await user.hover(cell(first.id));
    await advance(160);
    const video = pane().querySelector('video')!;
    expect(document.querySelectorAll('video')).toHaveLength(1);
    expect(cell(first.id).querySelector('video')).toBeNull();
    expect(video.muted).toBe(true);
    expect(within(pane()).getByText(first.name)).toBeInTheDocument();

    // Reaching the button takes the pointer off the tiles; the pane keeps the look.
    const unmute = within(pane()).getByRole('button', { name: 'Unmute' });
    expect(unmute).toHaveAttribute('aria-pressed', 'false');
    await user.click(unmute);
    expect(unmute).toHaveAttribute('aria-pressed', 'true');
    expect(video.muted).toBe(false);
    expect(pane()).toHaveAttribute('data-state', 'look');
    await user.click(unmute);
    expect(unmute).toHaveAttribute('aria-pressed', 'false');
    expect(video.muted).toBe(true);

    await user.click(unmute);
    await user.hover(cell(second.id));
    await advance(160);
    expect(pane().querySelector('video')).toBe(video);
    expect(video.muted).toBe(true);
    expect(within(pane()).getByRole('button', { name: 'Unmute' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    // While the media stubs are still installed: unmounting stops the video.
    unmount();
  });

  it('refreshes an expired video URL once, then falls back to the still image', async () => {
    let now = Date.now();
    const { user, requests } = await renderPane({}, undefined, { now: () => now });
    await user.hover(cell(first.id));
    await advance(160);
    const video = pane().querySelector('video')!;
    const staleUrl = video.getAttribute('src');
    const looksRequests = () => requests.filter((request) => request.includes('parent_id')).length;
    const before = looksRequests();
    now += 60_000;
    video.dispatchEvent(new Event('error'));
    await waitFor(() => expect(video.getAttribute('src')).not.toBe(staleUrl));
    expect(looksRequests()).toBe(before + 1);

    video.dispatchEvent(new Event('error'));
    await waitFor(() => expect(pane().querySelector('video')).toBeNull());
    expect(looksRequests()).toBe(before + 1);
    expect(pane()).not.toHaveAttribute('data-playing');
    expect(within(pane()).getByText(first.name)).toBeInTheDocument();
    expect(pane().querySelector('img')).toHaveAttribute('src', first.previewImageUrl);
  });

  it('plays no video whose URL is not http(s)', async () => {
    const unsafe = makeLook('unsafe', owner.id, { videoUrl: 'javascript:alert(1)' });
    const { user } = await renderPane({}, <AvatarPicker.Look look={unsafe} />);
    await user.hover(screen.getByRole('button', { name: unsafe.name }));
    await advance(500);
    expect(within(pane()).getByText(unsafe.name)).toBeInTheDocument();
    expect(document.querySelector('video')).toBeNull();
    expect(within(pane()).queryByRole('button', { name: 'Unmute' })).toBeNull();
  });
});
