import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { NETWORK_TIMEOUT, revealCharacter } from './picker-play';
import { listPublic } from './story-dataset';

const meta = {
  title: 'AvatarPicker/Hostile input',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: { value: { control: false }, defaultValue: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Names and URLs come from the API and are untrusted. The fake corrupts the first rows of the list: a 10,000-character name, a name that looks like HTML, javascript: / data: image URLs, and rows with wrong types or missing fields (skipped).',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const SCRIPT_NAME = '<img src=x onerror=alert(1)>Bobby</b>';
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

const hostile = mockApiStory({
  faults: [
    {
      route: 'characters',
      malformed: [
        'long-name',
        'html-name',
        'javascript-url',
        'data-url',
        'wrong-types',
        'missing-fields',
      ],
    },
  ],
});
export const HostileNamesAndUrls: Story = {
  beforeEach: hostile.beforeEach,
  play: async ({ canvas, canvasElement }) => {
    const grid = await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const names = [...grid.querySelectorAll<HTMLElement>('[data-ap-name]')];

    const html = names.find((name) => name.textContent?.includes(SCRIPT_NAME));
    await expect(html, 'the HTML-looking name is shown as text').toBeDefined();
    await expect(html?.children).toHaveLength(0);
    await expect(canvasElement.querySelector('img[src="x"]')).toBeNull();

    const long = names.find((name) => (name.textContent?.length ?? 0) >= 10_000);
    await expect(long, 'the 10,000-character name is listed').toBeDefined();
    const cell = long?.closest('[role="gridcell"]') as HTMLElement;
    // Ellipsized inside its tile: the name neither widens the tile nor the grid.
    await expect(long?.clientWidth ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(
      cell.clientWidth,
    );
    await expect(grid.scrollWidth).toBeLessThanOrEqual(grid.clientWidth);
    await expect(long).toHaveAttribute('title', long?.textContent ?? '');

    for (const image of canvasElement.querySelectorAll('img')) {
      await expect(image.getAttribute('src') ?? '').not.toMatch(/^(javascript|data):/i);
    }
  },
};

const rtlNames = mockApiStory();
export const RightToLeftScriptName: Story = {
  beforeEach: rtlNames.beforeEach,
  play: async (context) => {
    const publicAvatars = await listPublic(rtlNames.dataset());
    const character = publicAvatars.find(({ name }) => RTL_SCRIPT.test(name));
    if (character === undefined) throw new Error('The story dataset has no Arabic or Hebrew name');
    const trigger = await revealCharacter(context, character);
    await expect(trigger).toHaveTextContent(character.name);
  },
};
