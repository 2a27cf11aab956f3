import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

// 5 columns of 112px tiles; 420px viewport with 136px rows = 3 rows per page.
beforeAll(() => installGridLayout({ width: 600, height: 420 }));

const own = createPickerHarness({ characters: 40 }).api.listCharacters('user_demo');
const trigger = (index: number) =>
  document.querySelector<HTMLElement>(
    `[data-ap-cell-key="${own[index]!.avatar_id}"] [data-ap-character-trigger]`,
  );

const star = (index: number) =>
  within(
    document.querySelector<HTMLElement>(`[data-ap-cell-key="${own[index]!.avatar_id}"]`)!,
  ).getByRole('button', { name: 'Favorite' });

async function focusFirst(options: { dir?: 'rtl' } = {}) {
  const result = renderPicker(<AvatarPicker defaultFilter="mine" dir={options.dir} />, {
    characters: 40,
  });
  await screen.findByRole('grid', { name: 'Avatars' });
  trigger(0)!.focus();
  return result;
}

describe('AvatarPicker grid keyboard', () => {
  it('keeps one tab stop in the grid that follows the focused cell', async () => {
    const { user } = await focusFirst();
    const grid = screen.getByRole('grid', { name: 'Avatars' });
    // Every tabbable element in the grid sits in the one highlighted cell.
    const stops = () =>
      [...grid.querySelectorAll<HTMLElement>('[tabindex="0"]')].map(
        (element) => element.closest<HTMLElement>('[data-highlighted]')?.dataset.apCellKey,
      );
    expect(stops()).toEqual([own[0]!.avatar_id, own[0]!.avatar_id]);
    await user.keyboard('{ArrowRight}');
    expect(stops()).toEqual([own[1]!.avatar_id, own[1]!.avatar_id]);
  });

  it('moves in two dimensions by the measured column count', async () => {
    const { user } = await focusFirst();
    await user.keyboard('{ArrowRight}');
    expect(trigger(1)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(trigger(6)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(trigger(5)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(trigger(4)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(trigger(4)).toHaveFocus();
  });

  it('Home / End go to the row ends; Ctrl+Home / Ctrl+End to the grid ends', async () => {
    const { user } = await focusFirst();
    await user.keyboard('{ArrowDown}{End}');
    expect(trigger(9)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(trigger(5)).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(trigger(39)).toHaveFocus());
    await user.keyboard('{Control>}{Home}{/Control}');
    await waitFor(() => expect(trigger(0)).toHaveFocus());
  });

  it('PageDown / PageUp move by the visible rows, scrolling virtualized rows into view', async () => {
    const { user } = await focusFirst();
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(trigger(15)).toHaveFocus());
    await user.keyboard('{PageDown}{PageDown}');
    await waitFor(() => expect(trigger(35)).toHaveFocus());
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(trigger(20)).toHaveFocus());
  });

  it('swaps ArrowLeft and ArrowRight in right-to-left layouts', async () => {
    const { user } = await focusFirst({ dir: 'rtl' });
    await user.keyboard('{ArrowLeft}');
    expect(trigger(1)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(trigger(0)).toHaveFocus();
  });

  it('Tab from the focused cell reaches its favorite toggle, then leaves the grid', async () => {
    const { user } = await focusFirst();
    await user.tab();
    expect(star(0)).toHaveFocus();
    await user.tab({ shift: true });
    expect(trigger(0)).toHaveFocus();
  });

  it('"f" toggles the favorite of the focused cell', async () => {
    const { user } = await focusFirst();
    await user.keyboard('{ArrowRight}f');
    const toggle = star(1);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(trigger(1)).toHaveFocus();
  });

  it('selects a look with Enter and Space', async () => {
    const { user } = await focusFirst();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.querySelector('[data-ap-look]')).not.toBeNull());
    await user.keyboard('{ArrowDown}');
    const look = document.activeElement as HTMLElement;
    expect(look).toHaveAttribute('role', 'gridcell');
    await user.keyboard(' ');
    expect(look).toHaveAttribute('aria-selected', 'true');
  });
});
