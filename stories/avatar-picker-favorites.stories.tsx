import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { onlineManager } from '@tanstack/react-query';
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
    // The tile says the name once, on its character button; its star is only "Favorite".
    await expect(within(cell).getByRole('button', { name: first.name })).toBeVisible();
    const toggle = within(cell).getByRole('button', { name: 'Favorite' });
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
    const toggle = within(cell).getByRole('button', { name: 'Favorite' });
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

// Offline as TanStack Query sees it: the favorite call waits instead of failing.
const offline = mockApiStory();
export const OfflineFavorite: Story = {
  beforeEach: (context) => {
    offline.beforeEach(context);
    return () => onlineManager.setOnline(true);
  },
  parameters: {
    docs: {
      description: {
        story:
          'Offline: the star flips at once, marked pending (`data-pending`, `aria-busy`), and the picker says it will be saved when the connection returns; back online it is sent and announced.',
      },
    },
  },
  play: async ({ canvasElement, userEvent }) => {
    const [first] = offline.dataset().listCharacters();
    if (first === undefined) throw new Error('The story dataset has no characters');
    const wanted = first.is_favorite !== 1;
    const cell = await waitForCell(canvasElement, first.avatar_id);
    const toggle = within(cell).getByRole('button', { name: 'Favorite' });
    // The connection drops once the list is in.
    onlineManager.setOnline(false);
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', String(wanted));
    await expect(toggle).toHaveAttribute('data-pending', '');
    await expect(toggle).toHaveAttribute('aria-busy', 'true');
    const change = wanted ? 'added to' : 'removed from';
    await waitFor(() =>
      expect(liveRegion(canvasElement)).toHaveTextContent(
        `${first.name} will be ${change} favorites when the connection returns`,
      ),
    );
    await expect(offline.api().listCharacters()[0]?.is_favorite).toBe(first.is_favorite);

    onlineManager.setOnline(true);
    const outcome = wanted
      ? `Added ${first.name} to favorites`
      : `Removed ${first.name} from favorites`;
    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent(outcome));
    await expect(toggle).not.toHaveAttribute('data-pending');
    await expect(offline.api().listCharacters()[0]?.is_favorite).toBe(wanted ? 1 : 0);
  },
};
