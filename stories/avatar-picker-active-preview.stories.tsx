import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { cellOf, expandCharacter, NETWORK_TIMEOUT } from './picker-play';
import { findLook, isPlayableLook } from './story-dataset';

const meta = {
  title: 'AvatarPicker/Active preview',
  component: AvatarPicker.Root,
  args: { onActiveChange: fn(), onValueChange: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '`AvatarPicker.ActivePreview` shows the avatar the pointer or keyboard focus last reached in a large pane beside the grid, and plays a look’s clip there, muted until its own unmute button is pressed. `onActiveChange` tells the host the same avatar.',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

const pane = mockApiStory();
export const ActivePreviewPane: Story = {
  name: 'ActivePreview pane',
  beforeEach: pane.beforeEach,
  render: (args) => (
    <AvatarPicker.Root {...args}>
      <AvatarPicker.Search />
      <AvatarPicker.Loading />
      <AvatarPicker.Error />
      <div style={{ display: 'flex', gap: 16, alignItems: 'start' }}>
        <AvatarPicker.Grid style={{ flex: 1, minInlineSize: 0 }} />
        <AvatarPicker.ActivePreview />
      </div>
    </AvatarPicker.Root>
  ),
  play: async (context) => {
    const { args, canvasElement, userEvent } = context;
    const { character, looks, look } = await findLook(pane.dataset(), isPlayableLook);
    await expandCharacter(context, character, looks);
    const preview = canvasElement.querySelector<HTMLElement>('[data-ap-active-preview]');
    if (preview === null) throw new Error('The pane is not rendered');
    const cell = cellOf(canvasElement, look.avatar_id) as HTMLElement;

    await userEvent.hover(cell);
    await expect(args.onActiveChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: look.avatar_id }),
    );
    const video = await waitFor(() => {
      const found = preview.querySelector('video');
      if (found === null) throw new Error('No video in the pane');
      return found;
    }, NETWORK_TIMEOUT);
    await expect(within(preview).getByText(look.name)).toBeVisible();
    await expect(preview).toHaveAttribute('data-state', 'look');
    await expect(video.muted).toBe(true);
    await waitFor(() => expect(video.readyState).toBeGreaterThanOrEqual(2), NETWORK_TIMEOUT);
    // One video for the whole picker: the tile under the pointer plays none of its own.
    await expect(canvasElement.ownerDocument.querySelectorAll('video')).toHaveLength(1);

    // On the way to the button the highlight falls back to the character the click focused;
    // the pane keeps the look.
    const unmute = within(preview).getByRole('button', { name: 'Unmute' });
    await userEvent.click(unmute);
    await expect(unmute).toHaveAttribute('aria-pressed', 'true');
    await expect(video.muted).toBe(false);
    await expect(preview).toHaveAttribute('data-playing');
    await expect(within(preview).getByText(look.name)).toBeVisible();
  },
};
