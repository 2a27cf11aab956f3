import '@avatar-picker/ui/styles.css';
import './story-frame.css';
// The e2e app's fonts: stories look the same on every machine.
import '../e2e/app/src/test-fonts.css';
import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { withStoryProviders } from './with-story-providers';
import { withThemeAndDirection } from './with-theme-and-direction';

// Storybook reads these project annotations by name; named exports keep the house rule.
export const loaders: Preview['loaders'] = [mswLoader()];

export const decorators: Preview['decorators'] = [withThemeAndDirection, withStoryProviders];

// Pickers remember picks in localStorage, which outlives a story: each starts with none.
export const beforeEach: Preview['beforeEach'] = () => {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('avatar-picker:recent')) localStorage.removeItem(key);
  }
};

export const parameters: Preview['parameters'] = {
  layout: 'fullscreen',
  controls: { expanded: true },
  // Each story runs its own fake API through MSW; in its own iframe a docs page keeps them apart.
  docs: { story: { inline: false, height: '640px' } },
  // Any axe violation fails the story's test run, not only a panel warning.
  a11y: { test: 'error' },
};

export const globalTypes: Preview['globalTypes'] = {
  theme: {
    description: 'Colour theme, set as data-theme on an ancestor',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
  direction: {
    description: 'Text direction, set as dir on an ancestor',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals: Preview['initialGlobals'] = { theme: 'light', direction: 'ltr' };
