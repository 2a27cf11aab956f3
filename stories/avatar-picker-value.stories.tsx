import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ControlledPicker } from './controlled-picker';
import { mockApiStory } from './mock-api-story';
import { PickerForm } from './picker-form';
import { cellOf, expandCharacter, liveRegion, NETWORK_TIMEOUT, waitForCell } from './picker-play';
import { findLook, isActiveLook } from './story-dataset';

const meta = {
  title: 'AvatarPicker/Value',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: { value: { control: false }, defaultValue: { control: false } },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const controlled = mockApiStory();
export const ControlledValue: Story = {
  beforeEach: controlled.beforeEach,
  render: (args) => <ControlledPicker {...args} />,
  play: async (context) => {
    const { canvas, canvasElement, userEvent } = context;
    const { character, looks, look } = await findLook(controlled.dataset(), isActiveLook);
    await expandCharacter(context, character, looks);
    const cell = cellOf(canvasElement, look.avatar_id) as HTMLElement;
    await userEvent.click(cell);
    await expect(canvas.getByRole('status', { name: 'Chosen look' })).toHaveTextContent(look.name);
    await expect(cell).toHaveAttribute('aria-selected', 'true');
    // The page owns the value: clearing it outside the picker unselects the look.
    await userEvent.click(canvas.getByRole('button', { name: 'Clear choice' }));
    await expect(cell).toHaveAttribute('aria-selected', 'false');
  },
};

const inForm = mockApiStory();
export const InsideAForm: Story = {
  beforeEach: inForm.beforeEach,
  render: (args) => <PickerForm {...args} />,
  play: async (context) => {
    const { canvas, canvasElement, userEvent } = context;
    const submitted = canvas.getByRole('status', { name: 'Submitted look id' });
    const form = canvas.getByRole('form', { name: 'Start a session' }) as HTMLFormElement;
    await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    await userEvent.click(canvas.getByRole('button', { name: 'Start session' }));
    // `required`: nothing picked, so the submit is blocked, and the picker says why, visibly and
    // in its live region, with focus on its tab stop rather than on its invisible input.
    await expect(form.checkValidity()).toBe(false);
    await expect(submitted).toHaveTextContent('nothing yet');
    const note = 'Choose an avatar to continue.';
    await expect(canvas.getByText(note, { selector: 'p' })).toBeVisible();
    await expect(liveRegion(canvasElement)).toHaveTextContent(note);
    await expect(canvasElement.ownerDocument.activeElement).toHaveAttribute(
      'data-ap-character-trigger',
    );

    const { character, looks, look } = await findLook(inForm.dataset(), isActiveLook);
    await expandCharacter(context, character, looks);
    await userEvent.click(cellOf(canvasElement, look.avatar_id) as HTMLElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start session' }));
    await expect(submitted).toHaveTextContent(look.avatar_id);
  },
};

const disabled = mockApiStory();
export const Disabled: Story = {
  beforeEach: disabled.beforeEach,
  args: { disabled: true },
  parameters: {
    a11y: {
      config: {
        rules: [
          // A disabled picker takes no focus on purpose, so its scrolling grid has none either.
          { id: 'scrollable-region-focusable', enabled: false },
        ],
      },
    },
  },
  play: async ({ canvas, canvasElement }) => {
    const [first] = disabled.dataset().listCharacters();
    if (first === undefined) throw new Error('The story dataset has no characters');
    await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    await expect(canvas.getByRole('searchbox', { name: 'Search avatars' })).toBeDisabled();
    const cell = await waitForCell(canvasElement, first.avatar_id);
    const trigger = within(cell).getByRole('button', { name: first.name });
    await expect(trigger).toBeDisabled();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  },
};
