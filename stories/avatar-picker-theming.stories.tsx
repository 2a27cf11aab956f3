import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import './custom-theme.css';
import { COMPOSED_PICKER_CSS, ComposedPicker } from './composed-picker';
import { frenchLabels } from './french-labels';
import { mockApiStory } from './mock-api-story';
import { cellOf, expandCharacter, liveRegion, NETWORK_TIMEOUT, waitForCell } from './picker-play';
import { ShadowScope } from './shadow-scope';
import { findLook, isActiveLook } from './story-dataset';

const meta = {
  title: 'AvatarPicker/Theming and language',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: { value: { control: false }, defaultValue: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'styles.css is optional and themed through --ap-* custom properties; light/dark follow prefers-color-scheme or [data-theme] on an ancestor; logical properties mirror the layout under dir="rtl". Every string comes from the labels prop.',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const rootOf = (element: HTMLElement) => element.querySelector('[data-ap-root]') as HTMLElement;
const cssVariable = (element: HTMLElement, name: string) =>
  getComputedStyle(element).getPropertyValue(name).trim();

const dark = mockApiStory();
export const Dark: Story = {
  beforeEach: dark.beforeEach,
  globals: { theme: 'dark' },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    // The palette is light-dark() pairs: the dark half (#14161b) is what paints.
    await expect(getComputedStyle(rootOf(canvasElement)).backgroundColor).toBe('rgb(20, 22, 27)');
    await expect(getComputedStyle(rootOf(canvasElement)).colorScheme).toBe('dark');
  },
};

const rtl = mockApiStory();
export const RightToLeft: Story = {
  beforeEach: rtl.beforeEach,
  globals: { direction: 'rtl' },
  play: async ({ canvas }) => {
    const grid = await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const search = canvas.getByRole('searchbox', { name: 'Search avatars' });
    const filters = canvas.getByRole('radiogroup');
    // Logical properties: the search box starts on the right, the filters follow to its left.
    await expect(search.getBoundingClientRect().right).toBeGreaterThan(
      filters.getBoundingClientRect().right,
    );
    const [first] = rtl.dataset().listCharacters();
    if (first === undefined) throw new Error('The story dataset has no characters');
    // The first tile sits at the right edge of the grid, inside its first column.
    const tile = (await waitForCell(grid, first.avatar_id)).getBoundingClientRect();
    await expect(tile.right).toBeGreaterThan(grid.getBoundingClientRect().right - tile.width);
  },
};

const branded = mockApiStory();
export const CustomTheme: Story = {
  beforeEach: branded.beforeEach,
  args: { className: 'brand-theme' },
  parameters: {
    docs: {
      description: {
        story: 'A brand theme that only overrides --ap-* custom properties (see custom-theme.css).',
      },
    },
  },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    const root = rootOf(canvasElement);
    await expect(cssVariable(root, '--ap-accent')).toBe('#0f5c55');
    const checked = canvas.getByRole('radio', { name: 'All' });
    await expect(getComputedStyle(checked).backgroundColor).toBe('rgb(15, 92, 85)');
  },
};

const french = mockApiStory();
export const FrenchLabels: Story = {
  beforeEach: french.beforeEach,
  args: { labels: frenchLabels, lang: 'fr' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    await expect(canvas.getByRole('radio', { name: 'Les miens' })).toBeVisible();
    const search = canvas.getByRole('searchbox', { name: 'Rechercher des avatars' });
    await userEvent.type(search, 'personne');
    await expect(
      await canvas.findByText(
        'Aucun avatar ne correspond à « personne ». Effacez la recherche ou choisissez un autre filtre.',
      ),
    ).toBeVisible();
    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent('0 avatar'));
  },
};

const composed = mockApiStory();
export const ComposedFromParts: Story = {
  beforeEach: composed.beforeEach,
  render: (args) => (
    <ShadowScope css={COMPOSED_PICKER_CSS} label="Picker composed from parts">
      <ComposedPicker {...args} />
    </ShadowScope>
  ),
  parameters: {
    docs: {
      description: {
        story:
          'AvatarPicker.Root, .Grid, .Search, .Filters, .Loading, .Error and .Empty in a custom order with the host’s own CSS. It renders in a shadow root so styles.css, loaded for every other story, cannot reach it.',
      },
    },
  },
  play: async ({ canvasElement, userEvent }) => {
    const host = canvasElement.querySelector('[data-shadow-scope]');
    const mount = await waitFor(() => {
      const found = host?.shadowRoot?.querySelector<HTMLElement>('[data-ap-root]');
      if (found === null || found === undefined)
        throw new Error('The composed picker has not mounted');
      return found;
    });
    const scope = within(mount);
    await scope.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
    // Unstyled by styles.css: none of its custom properties reach the parts.
    await expect(cssVariable(mount, '--ap-accent')).toBe('');

    const { character, looks, look } = await findLook(composed.dataset(), isActiveLook);
    await expandCharacter({ canvas: scope, canvasElement: mount, userEvent }, character, looks);
    const cell = cellOf(mount, look.avatar_id) as HTMLElement;
    await userEvent.click(cell);
    await expect(cell).toHaveAttribute('aria-selected', 'true');
  },
};
