import { AvatarPicker, type AvatarPickerFilter } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { cellOf, expandCharacter, liveRegion, NETWORK_TIMEOUT } from './picker-play';
import { findLook, isActiveLook } from './story-dataset';

const FILTERS: AvatarPickerFilter[] = ['all', 'favorites', 'mine', 'public'];

const meta = {
  title: 'AvatarPicker/Basics',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn(), onFilterChange: fn() },
  argTypes: {
    value: { control: false },
    defaultValue: { control: false },
    filter: { control: 'inline-radio', options: FILTERS },
    defaultFilter: { control: 'inline-radio', options: FILTERS },
    columns: { control: { type: 'number', min: 1, max: 8 } },
    labels: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The ready-made picker: search, filters and a virtualized grid of characters whose looks open inline. Its one output is a session-ready look id. Every story is served by the fake avatar API through MSW.',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const standard = mockApiStory();
export const Default: Story = {
  beforeEach: standard.beforeEach,
  play: async (context) => {
    const { args, canvasElement, userEvent } = context;
    const { character, looks, look } = await findLook(standard.dataset(), isActiveLook);
    await expandCharacter(context, character, looks);
    const cell = cellOf(canvasElement, look.avatar_id) as HTMLElement;
    await userEvent.click(cell);
    await expect(cell).toHaveAttribute('aria-selected', 'true');
    await expect(cell).toHaveAttribute('data-state', 'checked');
    await expect(args.onValueChange).toHaveBeenCalledWith(
      look.avatar_id,
      expect.objectContaining({ id: look.avatar_id, name: look.name }),
    );
  },
};

const searching = mockApiStory();
export const Search: Story = {
  beforeEach: searching.beforeEach,
  play: async ({ canvas, canvasElement, userEvent }) => {
    const accented = searching
      .dataset()
      .listCharacters()
      .find(
        ({ name }) => /^[\p{Script=Latin}\s'-]+$/u.test(name) && name.normalize('NFD') !== name,
      );
    if (accented === undefined) throw new Error('The story dataset has no accented Latin name');
    // Typed without accents and in capitals: the match must ignore both.
    const query = accented.name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    const search = await canvas.findByRole(
      'searchbox',
      { name: 'Search avatars' },
      NETWORK_TIMEOUT,
    );
    await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    await userEvent.type(search, query);
    await waitFor(() => expect(cellOf(canvasElement, accented.avatar_id)).not.toBeNull());
    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent(/^\d+ avatars?\s*$/));

    await userEvent.clear(search);
    await userEvent.type(search, 'no avatar is called this');
    await expect(
      await canvas.findByText(
        'No avatars match “no avatar is called this”. Clear the search or pick another filter.',
      ),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }));
    await expect(search).toHaveValue('');
    await expect(search).toHaveFocus();
    await expect(canvas.getByRole('grid', { name: 'Avatars' })).toBeVisible();
  },
};

const filtering = mockApiStory();
export const Filters: Story = {
  beforeEach: filtering.beforeEach,
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    const [ownFirst] = filtering.dataset().listCharacters();
    if (ownFirst === undefined) throw new Error('The story dataset has no characters');
    await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const all = canvas.getByRole('radio', { name: 'All' });
    await expect(all).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(canvas.getByRole('radio', { name: 'Public' }));
    await expect(args.onFilterChange).toHaveBeenLastCalledWith('public');
    // Arrow keys move between filters like native radios.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('radio', { name: 'Mine' })).toHaveFocus();
    await expect(args.onFilterChange).toHaveBeenLastCalledWith('mine');
    await waitFor(() => expect(cellOf(canvasElement, ownFirst.avatar_id)).not.toBeNull());
  },
};
