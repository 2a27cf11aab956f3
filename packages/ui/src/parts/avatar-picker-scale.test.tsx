import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { installGridLayout } from '../test/install-grid-layout';
import { renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

// A typical desktop picker: 720px wide (6 columns), 420px tall.
beforeAll(() => installGridLayout({ width: 720, height: 420 }));

const DOM_BUDGET = 350;

describe('AvatarPicker at scale', () => {
  it.each([10, 100_000])(
    'keeps the DOM under budget with %i characters, looks row expanded',
    async (characters) => {
      const { user, container } = renderPicker(<AvatarPicker />, { characters });
      // Generating and parsing 100,000 rows in jsdom takes seconds, more beside another test file:
      // this test counts elements, so it waits as long as that takes.
      const grid = await screen.findByRole('grid', { name: 'Avatars' }, { timeout: 30_000 });
      const firstTrigger = within(grid).getAllByRole('button', { expanded: false })[0]!;
      await user.click(firstTrigger);
      await waitFor(() => expect(grid.querySelector('[data-ap-looks]')).not.toBeNull());
      await waitFor(() =>
        expect(grid.querySelector('[data-ap-looks]')).toHaveAttribute('data-state', 'ready'),
      );
      const elements = container.querySelectorAll('*').length;
      expect(elements).toBeLessThan(DOM_BUDGET);
      if (characters === 100_000) {
        expect(Number(grid.getAttribute('aria-rowcount'))).toBeGreaterThan(16_000);
      }
    },
    60_000,
  );
});
