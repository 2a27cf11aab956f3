import { AvatarPickerDialog } from '@avatar-picker/ui/dialog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { cellOf, expandCharacter } from './picker-play';
import { findLook, isActiveLook } from './story-dataset';

const meta = {
  title: 'AvatarPickerDialog',
  component: AvatarPickerDialog,
  tags: ['autodocs'],
  args: { onValueChange: fn(), onOpenChange: fn() },
  argTypes: {
    value: { control: false },
    defaultValue: { control: false },
    open: { control: 'boolean' },
    labels: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A trigger that shows the chosen look and opens the picker in a modal dialog (Radix Dialog). Picking a look closes it and focus returns to the trigger.',
      },
    },
  },
} satisfies Meta<typeof AvatarPickerDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const dialog = mockApiStory();
export const Default: Story = {
  beforeEach: dialog.beforeEach,
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    const trigger = canvas.getByRole('button', { name: 'Choose an avatar' });
    await userEvent.click(trigger);
    const body = canvasElement.ownerDocument.body;
    const panel = await within(body).findByRole('dialog', { name: 'Choose an avatar' });
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);

    const { character, looks, look } = await findLook(dialog.dataset(), isActiveLook);
    await expandCharacter(
      { canvas: within(panel), canvasElement: panel, userEvent },
      character,
      looks,
    );
    await userEvent.click(cellOf(panel, look.avatar_id) as HTMLElement);

    await waitFor(() => expect(panel).not.toBeInTheDocument());
    const chosen = canvas.getByRole('button', { name: `Avatar: ${character.name} · ${look.name}` });
    await waitFor(() => expect(chosen).toHaveFocus());
    await expect(args.onValueChange).toHaveBeenCalledWith(
      look.avatar_id,
      expect.objectContaining({ id: look.avatar_id }),
    );
  },
};

const openAtStart = mockApiStory();
export const Open: Story = {
  beforeEach: openAtStart.beforeEach,
  args: { defaultOpen: true },
  play: async ({ canvasElement, userEvent }) => {
    const body = within(canvasElement.ownerDocument.body);
    const panel = await body.findByRole('dialog', { name: 'Choose an avatar' });
    await expect(await within(panel).findByRole('grid', { name: 'Avatars' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(panel).not.toBeInTheDocument());
  },
};
