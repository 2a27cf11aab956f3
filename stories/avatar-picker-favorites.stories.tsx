import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { liveRegion, waitForCell } from './picker-play';

const meta = {
  title: 'AvatarPicker/Favorites',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: { value: { control: false }, defaultValue: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The star on every tile sets a favorite at once (optimistic) and announces the outcome in the picker’s polite live region.',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const saved = mockApiStory();
export const ToggleFavorite: Story = {
  beforeEach: saved.beforeEach,
  play: async ({ canvasElement, userEvent }) => {
    const [first] = saved.dataset().listCharacters();
    if (first === undefined) throw new Error('The story dataset has no characters');
    const wasFavorite = first.is_favorite === 1;
    const cell = await waitForCell(canvasElement, first.avatar_id);
    const toggle = within(cell).getByRole('button', { name: `Favorite ${first.name}` });
    await expect(toggle).toHaveAttribute('aria-pressed', String(wasFavorite));
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', String(!wasFavorite));
    const announcement = wasFavorite
      ? `Removed ${first.name} from favorites`
      : `Added ${first.name} to favorites`;
    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent(announcement));
    await expect(saved.api().listCharacters()[0]?.is_favorite).toBe(wasFavorite ? 0 : 1);
  },
};

// The failure arrives after a beat, so the optimistic flip is visible before the rollback.
const refused = mockApiStory({ faults: [{ route: 'update', status: 500, latencyMs: 400 }] });
export const FavoriteRollsBack: Story = {
  beforeEach: refused.beforeEach,
  parameters: {
    docs: {
      description: {
        story:
          'The update answers 500: the star flips at once, then rolls back and the failure is announced.',
      },
    },
  },
  play: async ({ canvasElement, userEvent }) => {
    const [first] = refused.dataset().listCharacters();
    if (first === undefined) throw new Error('The story dataset has no characters');
    const before = String(first.is_favorite === 1);
    const cell = await waitForCell(canvasElement, first.avatar_id);
    const toggle = within(cell).getByRole('button', { name: `Favorite ${first.name}` });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', String(first.is_favorite !== 1));
    await waitFor(() =>
      expect(liveRegion(canvasElement)).toHaveTextContent(
        `Could not update favorite for ${first.name}`,
      ),
    );
    await expect(toggle).toHaveAttribute('aria-pressed', before);
    await expect(refused.api().listCharacters()[0]?.is_favorite).toBe(first.is_favorite);
  },
};
