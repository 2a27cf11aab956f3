import { type CharacterId, usePrefetchLooks } from '@avatar-picker/hooks';
import type { WireAvatar } from '@avatar-picker/mock-api';
import { AvatarPicker, type AvatarPickerProps, type AvatarPickerSort } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { type MockApiStory, mockApiStory } from './mock-api-story';
import { NETWORK_TIMEOUT, waitForCell } from './picker-play';
import { listPublic } from './story-dataset';

const meta = {
  title: 'AvatarPicker/Sort and search',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onSortChange: fn() },
  argTypes: {
    sort: { control: 'select', options: [null, 'newest', 'oldest', 'name', 'updated'] },
    defaultSort: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Sort menu orders your characters and public ones together; without a sort they keep the API’s order (yours first, each newest first). Searching keeps the order, and finds a character by the name of any of its looks already loaded.',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const SHOWN = 8;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const COMPARE: Record<AvatarPickerSort, (a: WireAvatar, b: WireAvatar) => number> = {
  // The fake writes every date as an ISO string in UTC, so the strings sort as the dates do.
  newest: (a, b) => b.created_at.localeCompare(a.created_at),
  oldest: (a, b) => a.created_at.localeCompare(b.created_at),
  name: (a, b) => collator.compare(a.name, b.name),
  updated: (a, b) => b.updated_at.localeCompare(a.updated_at),
};

/** The names the All view should start with in `sort`: own and public characters, merged. */
async function expectedNames(story: MockApiStory, sort: AvatarPickerSort) {
  const own = story.dataset().listCharacters();
  const ids = new Set(own.map((avatar) => avatar.avatar_id));
  const shared = (await listPublic(story.dataset())).filter(
    (avatar) => avatar.parent_id == null && !ids.has(avatar.avatar_id),
  );
  return [...own, ...shared]
    .sort(COMPARE[sort])
    .slice(0, SHOWN)
    .map(({ name }) => name);
}

/** The first character names the grid shows, in reading order. */
function shownNames(grid: HTMLElement) {
  return within(grid)
    .getAllByRole('button', { expanded: false })
    .slice(0, SHOWN)
    .map((button) => button.textContent);
}

function sortStory(sort: AvatarPickerSort, label: string, pickInMenu = false): Story {
  const story = mockApiStory();
  return {
    beforeEach: story.beforeEach,
    args: pickInMenu ? {} : { defaultSort: sort },
    play: async ({ args, canvas, userEvent }) => {
      const grid = await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
      const menu = canvas.getByRole('combobox', { name: 'Sort' });
      if (pickInMenu) {
        await userEvent.selectOptions(menu, label);
        await expect(args.onSortChange).toHaveBeenCalledWith(sort);
      }
      await expect(menu).toHaveDisplayValue(label);
      const expected = await expectedNames(story, sort);
      await waitFor(() => expect(shownNames(grid)).toEqual(expected), NETWORK_TIMEOUT);
    },
  };
}

export const Newest = sortStory('newest', 'Newest');
export const Oldest = sortStory('oldest', 'Oldest');
/** Picked in the menu, as a user would; names compare ignoring case and accents. */
export const Name = sortStory('name', 'Name', true);
export const Updated = sortStory('updated', 'Recently updated');

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A character with an active look past the first whose name is in no character's name and no
 * earlier sibling's: a search for it finds the character only through that look.
 */
function searchableLook(story: MockApiStory) {
  const api = story.dataset();
  const characters = api.listCharacters();
  for (const character of characters) {
    const looks = api.listLooks(character.avatar_id);
    const look = looks.find(
      (candidate, index) =>
        index > 0 &&
        candidate.active !== 0 &&
        characters.every(({ name }) => !fold(name).includes(fold(candidate.name))) &&
        looks.slice(0, index).every(({ name }) => !fold(name).includes(fold(candidate.name))),
    );
    if (look !== undefined) return { character, look };
  }
  throw new Error('The story dataset has no look a search could find alone');
}

/** The host loads one character's looks ahead (e.g. the last one used), so a search sees them. */
function PickerWithLooksLoaded({
  characterId,
  ...props
}: AvatarPickerProps & { characterId: CharacterId }) {
  const prefetchLooks = usePrefetchLooks();
  useEffect(() => prefetchLooks(characterId), [prefetchLooks, characterId]);
  return <AvatarPicker {...props} />;
}

const lookSearch = mockApiStory();
export const SearchFindingALook: Story = {
  beforeEach: lookSearch.beforeEach,
  parameters: {
    docs: {
      description: {
        story:
          'A character’s looks are in the cache, so typing one look’s name finds its character. Opening the character marks the look (`data-search-match`) and gives it the tab stop: ArrowDown from the character lands on it.',
      },
    },
  },
  render: (args) => (
    <PickerWithLooksLoaded
      {...args}
      characterId={searchableLook(lookSearch).character.avatar_id as CharacterId}
    />
  ),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const { character, look } = searchableLook(lookSearch);
    await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search avatars' }), look.name);
    const cell = await waitForCell(canvasElement, character.avatar_id);
    const trigger = within(cell).getByRole('button', { name: character.name });

    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const lookCell = await waitForCell(canvasElement, look.avatar_id);
    await expect(lookCell).toHaveAttribute('data-search-match');
    await expect(lookCell).toHaveAttribute('data-highlighted');
    await userEvent.keyboard('{ArrowDown}');
    await expect(lookCell).toHaveFocus();
  },
};
