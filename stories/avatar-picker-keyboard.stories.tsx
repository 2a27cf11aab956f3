import type { WireAvatar } from '@avatar-picker/mock-api';
import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { cellOf, NETWORK_TIMEOUT } from './picker-play';

const meta = {
  title: 'AvatarPicker/Keyboard',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: { value: { control: false }, defaultValue: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The ARIA grid pattern: one tab stop, arrows move in two dimensions by the measured column count, Home/End, Ctrl+Home/End, PageUp/PageDown, Enter or Space opens a character, Escape closes it, F toggles the favorite of the focused tile. In right-to-left pages the horizontal arrows swap.',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

function characterButton(root: HTMLElement, character: WireAvatar | undefined): HTMLElement {
  if (character === undefined) throw new Error('The story dataset has too few characters');
  const cell = cellOf(root, character.avatar_id);
  if (cell === null) throw new Error(`${character.name} is not rendered`);
  return within(cell).getByRole('button', { name: character.name });
}

const keyboard = mockApiStory();
export const KeyboardNavigation: Story = {
  beforeEach: keyboard.beforeEach,
  play: async ({ canvas, canvasElement, userEvent }) => {
    const characters = keyboard.dataset().listCharacters();
    const grid = await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const columns = Number(grid.getAttribute('aria-colcount'));
    await expect(columns, 'the story frame fits at least two columns').toBeGreaterThan(1);
    const button = (index: number) => characterButton(canvasElement, characters[index]);

    await userEvent.click(canvas.getByRole('searchbox', { name: 'Search avatars' }));
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'All' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('combobox', { name: 'Sort' })).toHaveFocus();
    await userEvent.tab();
    await expect(button(0)).toHaveFocus();

    await userEvent.keyboard('{ArrowRight}');
    await expect(button(1)).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(button(1 + columns)).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(button(columns)).toHaveFocus();
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect(button(0)).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    await expect(button(0)).toHaveAttribute('aria-expanded', 'true');
    const looksRow = await waitFor(() => {
      const row = canvasElement.querySelector(
        '[data-ap-looks]:is([data-state="ready"], [data-state="empty"])',
      );
      if (row === null) throw new Error('The looks have not loaded');
      return row;
    }, NETWORK_TIMEOUT);
    await userEvent.keyboard('{ArrowDown}');
    await expect(looksRow).toContainElement(
      canvasElement.ownerDocument.activeElement as HTMLElement,
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button(0)).toHaveFocus());
    await expect(button(0)).toHaveAttribute('aria-expanded', 'false');

    const firstCell = cellOf(canvasElement, characters[0]?.avatar_id ?? '') as HTMLElement;
    const toggle = within(firstCell).getByRole('button', { name: 'Favorite' });
    const pressed = toggle.getAttribute('aria-pressed');
    await userEvent.keyboard('f');
    await expect(toggle).not.toHaveAttribute('aria-pressed', pressed ?? '');
  },
};

const rtl = mockApiStory();
export const RightToLeftArrows: Story = {
  beforeEach: rtl.beforeEach,
  globals: { direction: 'rtl' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const characters = rtl.dataset().listCharacters();
    await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const button = (index: number) => characterButton(canvasElement, characters[index]);
    button(0).focus();
    // In a right-to-left grid the next tile is to the left.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(button(1)).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(button(0)).toHaveFocus();
    const first = cellOf(canvasElement, characters[0]?.avatar_id ?? '') as HTMLElement;
    const second = cellOf(canvasElement, characters[1]?.avatar_id ?? '') as HTMLElement;
    await expect(second.getBoundingClientRect().right).toBeLessThanOrEqual(
      first.getBoundingClientRect().left + 1,
    );
  },
};
