import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { NETWORK_TIMEOUT, waitForCell } from './picker-play';

const meta = {
  title: 'AvatarPicker/States',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: { value: { control: false }, defaultValue: { control: false } },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const slow = mockApiStory({ latencyMs: 2000 });
export const Loading: Story = {
  beforeEach: slow.beforeEach,
  parameters: {
    docs: { description: { story: 'Every API response takes 2 s: the skeleton shows meanwhile.' } },
  },
  play: async ({ canvas }) => {
    const loading = canvas.getByRole('status', { name: 'Loading avatars' });
    await expect(loading).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.queryByRole('grid')).toBeNull();
    await expect(
      await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT),
    ).toBeVisible();
    await expect(loading).not.toBeInTheDocument();
  },
};

const emptyAccount = mockApiStory({ characters: 0 });
export const EmptyAccount: Story = {
  beforeEach: emptyAccount.beforeEach,
  args: { defaultFilter: 'mine' },
  parameters: {
    docs: {
      description: {
        story:
          'An account without characters, on the Mine filter (All still lists public avatars).',
      },
    },
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(
        'No avatars yet. Create a character in AgentHuman and it will appear here.',
        {},
        NETWORK_TIMEOUT,
      ),
    ).toBeVisible();
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

const large = mockApiStory({ characters: 10_000 });
export const LargeAccount: Story = {
  beforeEach: large.beforeEach,
  parameters: {
    docs: {
      description: {
        story:
          '10,000 characters in one response. Rows are virtualized, so the DOM stays small; Ctrl+End jumps to the last avatar.',
      },
    },
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const grid = await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const root = canvasElement.querySelector('[data-ap-root]') as HTMLElement;
    await expect(root.querySelectorAll('*').length).toBeLessThan(350);
    const [first] = large.dataset().listCharacters();
    if (first === undefined) throw new Error('The story dataset has no characters');
    const firstButton = within(await waitForCell(root, first.avatar_id)).getByRole('button', {
      name: first.name,
    });
    await expect(firstButton).toBeVisible();

    const rows = Number(grid.getAttribute('aria-rowcount'));
    await expect(rows).toBeGreaterThan(100);
    firstButton.focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(grid.scrollTop).toBeGreaterThan(0));
    await waitFor(() => {
      const row = root.ownerDocument.activeElement?.closest('[role="row"]');
      expect(row).toHaveAttribute('aria-rowindex', String(rows));
    });
    await expect(root.querySelectorAll('*').length).toBeLessThan(350);
  },
};
