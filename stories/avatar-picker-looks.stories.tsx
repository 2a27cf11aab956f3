import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { emulateReducedMotion } from './emulate-reduced-motion';
import { mockApiStory } from './mock-api-story';
import { cellOf, expandCharacter, NETWORK_TIMEOUT } from './picker-play';
import { recordMediaResponses } from './record-media-responses';
import { createStoryClock } from './story-clock';
import { findLook, hasVideo, isActiveLook, isPlayableLook } from './story-dataset';

const meta = {
  title: 'AvatarPicker/Looks and previews',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: { value: { control: false }, defaultValue: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'A character opens its looks in a row below it. One shared muted <video> previews the look under the pointer or keyboard focus after a short intent delay.',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Longer than the picker's 150 ms hover intent, so a preview that was going to start has. */
const PAST_INTENT_DELAY_MS = 400;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const videosIn = (root: HTMLElement) => root.ownerDocument.querySelectorAll('video');

const inactive = mockApiStory();
export const InactiveLooks: Story = {
  beforeEach: inactive.beforeEach,
  play: async (context) => {
    const { args, canvasElement, userEvent } = context;
    const { character, looks, look } = await findLook(
      inactive.dataset(),
      (candidate) => !isActiveLook(candidate),
    );
    await expandCharacter(context, character, looks);
    const cell = cellOf(canvasElement, look.avatar_id) as HTMLElement;
    await expect(cell).toHaveAttribute('aria-disabled', 'true');
    await expect(cell).toHaveTextContent('Unavailable');
    await userEvent.click(cell);
    await expect(cell).toHaveAttribute('aria-selected', 'false');
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

/** The product's rule in the gating stories: looks with an even-length name need the Pro plan. */
const needsPro = (look: { name: string }) => look.name.length % 2 === 0;

const locked = mockApiStory();
export const LockedByPlan: Story = {
  beforeEach: locked.beforeEach,
  args: {
    getLookDisabledReason: (look) => (needsPro(look) ? 'Pro plan' : null),
    renderLockedAction: () => <a href="#upgrade">Upgrade</a>,
  },
  parameters: {
    docs: {
      description: {
        story:
          '`getLookDisabledReason` shows a look the product does not offer to this user as locked: visible, its reason in its name, never a value; `renderLockedAction` adds a way out.',
      },
    },
  },
  play: async (context) => {
    const { args, canvasElement, userEvent } = context;
    const { character, looks, look } = await findLook(
      locked.dataset(),
      (candidate) => isActiveLook(candidate) && needsPro(candidate),
    );
    await expandCharacter(context, character, looks);
    const cell = cellOf(canvasElement, look.avatar_id) as HTMLElement;
    await expect(cell).toHaveAttribute('aria-disabled', 'true');
    await expect(cell).toHaveAccessibleName(`${look.name} Pro plan Upgrade`);
    await expect(cell.querySelector('a[href="#upgrade"]')).toHaveTextContent('Upgrade');
    await userEvent.click(cell);
    cell.focus();
    await userEvent.keyboard('{Enter}');
    await expect(cell).toHaveAttribute('aria-selected', 'false');
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

const curated = mockApiStory();
export const Curated: Story = {
  beforeEach: curated.beforeEach,
  args: {
    defaultFilter: 'mine',
    filterCharacters: (character) => /^[A-M]/i.test(character.name),
  },
  parameters: {
    docs: {
      description: {
        story:
          '`filterCharacters` and `filterLooks` hide what the product does not offer; the result count follows. Here: characters whose name starts with A to M.',
      },
    },
  },
  play: async ({ canvas }) => {
    const grid = await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const names = [...grid.querySelectorAll('[data-ap-character-trigger]')].map(
      (button) => button.textContent ?? '',
    );
    await expect(names.length).toBeGreaterThan(0);
    for (const name of names) await expect(name).toMatch(/^[A-M]/i);
  },
};

const playing = mockApiStory();
export const VideoPreview: Story = {
  beforeEach: playing.beforeEach,
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const { character, looks, look } = await findLook(playing.dataset(), isPlayableLook);
    await expandCharacter(context, character, looks);
    const cell = cellOf(canvasElement, look.avatar_id) as HTMLElement;
    await userEvent.hover(cell);
    const video = await waitFor(() => {
      const found = cell.querySelector('video');
      if (found === null) throw new Error('No preview video in the hovered look');
      return found;
    }, NETWORK_TIMEOUT);
    await expect(video.muted).toBe(true);
    await waitFor(() => expect(video.readyState).toBeGreaterThanOrEqual(2), NETWORK_TIMEOUT);
    await expect(videosIn(canvasElement)).toHaveLength(1);
    await userEvent.unhover(cell);
    await waitFor(() => expect(cell.querySelector('video')).toBeNull());
  },
};

const stills = mockApiStory();
export const LooksWithoutVideo: Story = {
  beforeEach: stills.beforeEach,
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const { character, looks, look } = await findLook(
      stills.dataset(),
      (candidate) => !hasVideo(candidate),
    );
    await expandCharacter(context, character, looks);
    const cell = cellOf(canvasElement, look.avatar_id) as HTMLElement;
    await userEvent.hover(cell);
    await pause(PAST_INTENT_DELAY_MS);
    // No preview slot at all: a look without a clip only ever shows its image.
    await expect(cell.querySelector('[data-ap-preview]')).toBeNull();
    await expect(cell.querySelector('video')).toBeNull();
    await expect(cell.querySelector('img')).toBeVisible();
  },
};

const clock = createStoryClock();
const expiring = mockApiStory({ now: clock.now, urlTtlSeconds: 60 });
export const ExpiredVideoUrl: Story = {
  beforeEach: [() => clock.reset(), expiring.beforeEach],
  parameters: {
    docs: {
      description: {
        story:
          'Signed video URLs expire. The fake’s clock jumps past the URL lifetime after the looks load, so the first preview request answers 403; the picker refreshes the looks once and plays the new URL.',
      },
    },
  },
  play: async (context) => {
    const { canvasElement, msw, userEvent } = context;
    const { character, looks, look } = await findLook(expiring.dataset(), isPlayableLook);
    await expandCharacter(context, character, looks);
    clock.advanceBy(61_000);
    const media = recordMediaResponses(msw);
    try {
      const cell = cellOf(canvasElement, look.avatar_id) as HTMLElement;
      await userEvent.hover(cell);
      await waitFor(() => {
        const video = cell.querySelector('video');
        expect(video?.readyState ?? 0).toBeGreaterThanOrEqual(2);
      }, NETWORK_TIMEOUT);
      const videoStatuses = media.responses
        .filter((response) => response.kind === 'video' && response.avatarId === look.avatar_id)
        .map((response) => response.status);
      await expect(videoStatuses[0]).toBe(403);
      const recovered = videoStatuses.slice(1).some((status) => status === 200 || status === 206);
      await expect(recovered).toBe(true);
    } finally {
      media.stop();
    }
  },
};

const calm = mockApiStory();
const reducedMotion = emulateReducedMotion();
export const ReducedMotion: Story = {
  beforeEach: [reducedMotion.beforeEach, calm.beforeEach],
  parameters: {
    docs: {
      description: {
        story:
          'With `prefers-reduced-motion: reduce` no video plays: looks keep their still image. The story tells scripts the preference is on; toggle it in DevTools to review the CSS.',
      },
    },
  },
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const { character, looks, look } = await findLook(calm.dataset(), isPlayableLook);
    await expandCharacter(context, character, looks);
    const cell = cellOf(canvasElement, look.avatar_id) as HTMLElement;
    await userEvent.hover(cell);
    await pause(PAST_INTENT_DELAY_MS);
    await expect(cell.querySelector('video')).toBeNull();
    await expect(cell.querySelector('[data-ap-preview]')).toHaveAttribute('data-state', 'idle');

    // The same hover previews once the preference is off: only the preference held it back.
    reducedMotion.set(false);
    await userEvent.unhover(cell);
    await userEvent.hover(cell);
    await waitFor(() => expect(cell.querySelector('video')).not.toBeNull(), NETWORK_TIMEOUT);
  },
};
