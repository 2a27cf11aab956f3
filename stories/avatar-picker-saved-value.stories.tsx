import { AvatarPicker } from '@avatar-picker/ui';
import { AvatarPickerDialog } from '@avatar-picker/ui/dialog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { createStoryApi, mockApiStory } from './mock-api-story';
import { liveRegion, NETWORK_TIMEOUT } from './picker-play';

/** Enough characters that the oldest one sits far below the first screen of the grid. */
const CHARACTERS = 80;

const dataset = createStoryApi({ characters: CHARACTERS });
const oldest = dataset.listCharacters().at(-1);
const savedLook = oldest && dataset.listLooks(oldest.avatar_id).find((look) => look.active !== 0);
if (oldest === undefined || savedLook === undefined) {
  throw new Error('The story dataset has no character with an active look');
}
/** Well formed, but no avatar has it: a look deleted since it was saved. */
const DELETED_LOOK = 'avat_01ZZZZZZZZZZZZZZZZZZZZZZZZ';
const UNAVAILABLE = 'Your saved avatar is no longer available. Choose another one.';

/** A settings page reopened with the look id it stored last week: a dialog and an inline picker. */
function SettingsPage({ saved }: { saved: string }) {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <AvatarPickerDialog defaultValue={saved} name="look" />
      <AvatarPicker defaultValue={saved} defaultFilter="mine" />
    </div>
  );
}

const meta = {
  title: 'AvatarPicker/Saved value',
  component: SettingsPage,
  args: { saved: savedLook.avatar_id },
} satisfies Meta<typeof SettingsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

const resolved = mockApiStory({ characters: CHARACTERS });
export const Resolved: Story = {
  beforeEach: resolved.beforeEach,
  play: async ({ canvas }) => {
    // Named on the trigger though its character was never opened in this page.
    await canvas.findByRole(
      'button',
      { name: `Avatar: ${oldest.name} · ${savedLook.name}` },
      NETWORK_TIMEOUT,
    );
    const grid = await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    // The inline picker scrolled its character into view and marks it.
    const holder = await within(grid).findByRole(
      'button',
      { name: oldest.name, description: /Holds your chosen look/ },
      NETWORK_TIMEOUT,
    );
    await expect(holder.closest('[data-ap-cell]')).toHaveAttribute('data-has-selection', '');
    const gridBox = grid.getBoundingClientRect();
    const holderBox = holder.getBoundingClientRect();
    await expect(holderBox.top).toBeGreaterThanOrEqual(gridBox.top);
    await expect(holderBox.bottom).toBeLessThanOrEqual(gridBox.bottom);
    await expect(canvas.queryByText(UNAVAILABLE, { selector: 'p' })).toBeNull();
  },
};

const unavailable = mockApiStory({ characters: CHARACTERS });
export const Unavailable: Story = {
  beforeEach: unavailable.beforeEach,
  args: { saved: DELETED_LOOK },
  play: async ({ canvas, canvasElement }) => {
    // Both pickers say it visibly; each says it once in its live region.
    const notes = await canvas.findAllByText(UNAVAILABLE, { selector: 'p' }, NETWORK_TIMEOUT);
    await expect(notes).toHaveLength(2);
    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent(UNAVAILABLE));
    await expect(canvas.getByRole('button', { name: 'Choose an avatar' })).toBeVisible();
    await expect(canvasElement.querySelector<HTMLInputElement>('input[name="look"]')?.value).toBe(
      '',
    );
  },
};

// The account's full list (the lookup's first request) refused: the id cannot be named, and a
// failing network must not drop a saved choice.
const lookupFails = mockApiStory({
  characters: CHARACTERS,
  faults: [{ route: 'all', status: 403, times: Number.POSITIVE_INFINITY }],
});
export const LookupFailed: Story = {
  beforeEach: lookupFails.beforeEach,
  args: { saved: DELETED_LOOK },
  play: async ({ canvas, canvasElement }) => {
    const trigger = canvas.getByRole('button', { name: 'Your saved avatar' });
    await waitFor(() => expect(trigger).not.toHaveAttribute('aria-busy'), NETWORK_TIMEOUT);
    await expect(trigger).toHaveAccessibleName('Your saved avatar');
    await expect(canvasElement.querySelector<HTMLInputElement>('input[name="look"]')?.value).toBe(
      DELETED_LOOK,
    );
    await expect(canvas.queryByText(UNAVAILABLE, { selector: 'p' })).toBeNull();
  },
};
