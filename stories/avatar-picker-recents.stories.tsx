import type { LookId } from '@avatar-picker/hooks';
import type { MockApi } from '@avatar-picker/mock-api';
import { AvatarPicker, type AvatarPickerRecentsStorage } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { cellOf, expandCharacter, NETWORK_TIMEOUT } from './picker-play';
import { findLook, isActiveLook } from './story-dataset';

const meta = {
  title: 'AvatarPicker/Recently used',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: { recentsStorage: { control: false } },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A storage in memory, so a story starts with exactly the recents it is about. */
function memoryStorage(ids: LookId[]): AvatarPickerRecentsStorage {
  let kept = ids;
  return {
    get: () => kept,
    set: (next) => {
      kept = next;
    },
  };
}

/** The picker with a storage made once per mount (the prop must keep its identity). */
function PickerWithStorage({
  makeStorage,
  ...args
}: Story['args'] & { makeStorage: () => AvatarPickerRecentsStorage }) {
  const [storage] = useState(makeStorage);
  return <AvatarPicker {...args} recentsStorage={storage} />;
}

/** The names and ids of the account's first twelve active looks. */
function twelveLooks(api: MockApi) {
  return api
    .listCharacters()
    .flatMap((character) =>
      api
        .listLooks(character.avatar_id)
        .filter(isActiveLook)
        .map((look) => ({ id: look.avatar_id as LookId, name: look.name })),
    )
    .slice(0, 12);
}

const empty = mockApiStory();
/** Nothing picked yet: no Recently used row; the Recent filter says how it fills. */
export const Empty: Story = {
  beforeEach: empty.beforeEach,
  render: (args) => <PickerWithStorage {...args} makeStorage={() => memoryStorage([])} />,
  play: async ({ canvas, userEvent }) => {
    const grid = await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    await expect(within(grid).queryByRole('row', { name: 'Recently used' })).toBeNull();
    await userEvent.click(canvas.getByRole('radio', { name: 'Recent' }));
    await expect(
      await canvas.findByText('No recently used looks yet. The looks you pick will appear here.'),
    ).toBeVisible();
  },
};

const full = mockApiStory();
/** Twelve remembered looks: one row of them starts All; the Recent filter shows all twelve. */
export const Full: Story = {
  beforeEach: full.beforeEach,
  render: (args) => (
    <PickerWithStorage
      {...args}
      makeStorage={() => memoryStorage(twelveLooks(full.dataset()).map(({ id }) => id))}
    />
  ),
  play: async ({ args, canvas, userEvent }) => {
    const looks = twelveLooks(full.dataset());
    const grid = await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const row = await within(grid).findByRole('row', { name: 'Recently used' }, NETWORK_TIMEOUT);
    const columns = Number(grid.getAttribute('aria-colcount'));
    const cells = within(row).getAllByRole('gridcell');
    await expect(cells).toHaveLength(Math.min(columns, 12));
    await expect(cells[0]).toHaveTextContent(looks[0]!.name);
    // The row is part of the grid: Enter on its first look picks it.
    cells[0]!.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(looks[0]!.id, expect.anything());
    await userEvent.click(canvas.getByRole('radio', { name: 'Recent' }));
    await waitFor(() => expect(within(grid).getAllByRole('gridcell')).toHaveLength(12));
  },
};

const failing = mockApiStory();
const failingStorage = (): AvatarPickerRecentsStorage => ({
  get: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  set: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
});
/** A storage that throws on every call: the picker still picks, and remembers for the page. */
export const StorageFailing: Story = {
  beforeEach: failing.beforeEach,
  render: (args) => <PickerWithStorage {...args} makeStorage={failingStorage} />,
  play: async (context) => {
    const { args, canvas, canvasElement, userEvent } = context;
    const { character, looks, look } = await findLook(failing.dataset(), isActiveLook);
    await userEvent.click(await canvas.findByRole('radio', { name: 'Mine' }, NETWORK_TIMEOUT));
    await expandCharacter(context, character, looks);
    await userEvent.click(cellOf(canvasElement, look.avatar_id) as HTMLElement);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(look.avatar_id, expect.anything());
    await userEvent.click(canvas.getByRole('radio', { name: 'All' }));
    const row = await canvas.findByRole('row', { name: 'Recently used' }, NETWORK_TIMEOUT);
    await expect(within(row).getByRole('gridcell', { selected: true })).toHaveTextContent(
      look.name,
    );
  },
};
