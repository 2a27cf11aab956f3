import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { PartsInDialog } from './parts-in-dialog';
import { cellOf, NETWORK_TIMEOUT, waitForCell } from './picker-play';
import { findLook, isActiveLook } from './story-dataset';

const meta = {
  title: 'AvatarPicker/Parts',
  component: AvatarPicker.Root,
  args: { onValueChange: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'Parts that work on their own under one `AvatarPicker.Root`: a custom trigger opens `AvatarPickerDialog.Root` / `.Content` (from `@avatar-picker/ui/dialog`), the search and chosen filters sit in the host’s toolbar, and `components` draws the tiles with the host’s markup from ready props.',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

const parts = mockApiStory();
export const InADialog: Story = {
  beforeEach: parts.beforeEach,
  render: (args) => <PartsInDialog {...args} />,
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    const { character, look } = await findLook(parts.dataset(), isActiveLook);
    const trigger = canvas.getByRole('button', { name: 'Change avatar' });
    await userEvent.click(trigger);
    const panel = await within(canvasElement.ownerDocument.body).findByRole('dialog', {
      name: 'Choose an avatar',
    });
    const dialog = within(panel);
    const toolbar = dialog.getByRole('toolbar', { name: 'Find an avatar' });
    const radios = within(toolbar).getAllByRole('radio');
    await expect(radios.map((radio) => radio.textContent)).toEqual(['Everyone', 'Loved']);

    const grid = await dialog.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const search = within(toolbar).getByRole('searchbox', { name: 'Search avatars' });
    await userEvent.click(search);
    await userEvent.paste(character.name);
    await waitForCell(panel, character.avatar_id);
    // ArrowDown leaves the search box for the grid's tab stop, on the first match.
    await userEvent.keyboard('{ArrowDown}');
    await expect(grid).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement);
    const characterCell = cellOf(panel, character.avatar_id) as HTMLElement;
    await expect(characterCell).toHaveClass('card');
    await userEvent.click(within(characterCell).getByRole('button', { name: character.name }));

    const lookCell = await waitForCell(panel, look.avatar_id);
    await expect(lookCell).toHaveClass('look-card');
    await userEvent.click(lookCell);
    await waitFor(() => expect(panel).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenCalledWith(
      look.avatar_id,
      expect.objectContaining({ id: look.avatar_id }),
    );
    await expect(trigger).toHaveAttribute('data-state', 'closed');
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(grid).not.toBeInTheDocument();
  },
};
