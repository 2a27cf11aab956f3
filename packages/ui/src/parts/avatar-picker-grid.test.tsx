import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

// 600px wide grid with 112px tiles and 8px gaps: 5 columns.
beforeAll(() => installGridLayout({ width: 600, height: 420 }));

const demo = createPickerHarness().api;
const own = demo.listCharacters('user_demo');
const [first, second, third] = own;
const looksOf = (id: string) => demo.listLooks(id, 'user_demo');

const cellByKey = (key: string) =>
  document.querySelector<HTMLElement>(`[role="gridcell"][data-ap-cell-key="${key}"]`);

function renderMine(props: Parameters<typeof AvatarPicker>[0] = {}) {
  return renderPicker(<AvatarPicker defaultFilter="mine" {...props} />);
}

describe('AvatarPicker grid', () => {
  it('renders a named grid of rows and character cells with images, names and counts', async () => {
    renderMine();
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    expect(grid).toHaveAttribute('aria-colcount', '5');
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getAllByRole('gridcell')).toHaveLength(5);
    const trigger = within(grid).getByRole('button', { name: first!.name });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    const cell = trigger.closest<HTMLElement>('[role="gridcell"]')!;
    // The name is shown beside it: the image is decorative, so the cell reads the name once.
    expect(within(cell).queryByRole('img')).toBeNull();
    const image = cell.querySelector('img');
    expect(image).toHaveAttribute('alt', '');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('decoding', 'async');
    expect(image).toHaveAttribute('width');
    expect(within(trigger).getByText(first!.name)).toHaveAttribute('title', first!.name);
    expect(trigger).toHaveAccessibleDescription(`${first!.looks_count} looks`);
  });

  it('expands looks in a row right below the character row, one character at a time', async () => {
    const { user } = renderMine();
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await user.click(within(grid).getByRole('button', { name: first!.name }));
    const firstLook = looksOf(first!.avatar_id)[0]!;
    await screen.findByRole('gridcell', { name: firstLook.name });
    const rows = within(grid).getAllByRole('row');
    expect(rows[1]).toHaveAttribute('data-ap-looks');
    expect(within(rows[1]!).getAllByRole('gridcell')).toHaveLength(first!.looks_count!);
    expect(within(grid).getByRole('button', { name: first!.name })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    await user.click(within(grid).getByRole('button', { name: second!.name }));
    const secondLook = looksOf(second!.avatar_id)[0]!;
    await waitFor(() => expect(cellByKey(secondLook.avatar_id)).not.toBeNull());
    expect(cellByKey(firstLook.avatar_id)).toBeNull();
    expect(grid.querySelectorAll('[data-ap-looks]')).toHaveLength(1);
    expect(within(grid).getByRole('button', { name: first!.name })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    await user.click(within(grid).getByRole('button', { name: second!.name }));
    expect(grid.querySelector('[data-ap-looks]')).toBeNull();
  });

  it('expands with Enter and Space, collapses with Escape and returns focus', async () => {
    const { user } = renderMine();
    const trigger = await screen.findByRole('button', { name: first!.name });
    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search avatars' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Mine' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveFocus();
    await user.tab();
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    const look = await screen.findByRole('gridcell', { name: looksOf(first!.avatar_id)[0]!.name });
    await user.keyboard('{ArrowDown}');
    expect(look).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
  });

  it('shows a loading row, then an error row whose Retry loads the looks', async () => {
    const { user, api } = renderMine();
    api.faults.add({ route: 'looks', status: 404 });
    await user.click(await screen.findByRole('button', { name: third!.name }));
    const row = await screen.findByText(/Could not load the looks/);
    expect(row.closest('[data-ap-looks]')).toHaveAttribute('data-state', 'error');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByRole('gridcell', { name: looksOf(third!.avatar_id)[0]!.name });
  });

  it('marks inactive looks disabled with a visible reason and never selects them', async () => {
    const demoApi = createPickerHarness().api;
    const owner = demoApi
      .listCharacters('user_demo')
      .find((character) =>
        demoApi.listLooks(character.avatar_id, 'user_demo').some((look) => look.active === 0),
      )!;
    const inactive = demoApi
      .listLooks(owner.avatar_id, 'user_demo')
      .find((look) => look.active === 0)!;
    const { user } = renderPicker(<AvatarPicker defaultFilter="mine" />, { characters: 10 });
    await user.click(await screen.findByRole('button', { name: owner.name }));
    await waitFor(() => expect(cellByKey(inactive.avatar_id)).not.toBeNull());
    const cell = cellByKey(inactive.avatar_id)!;
    expect(cell).toHaveAccessibleName(`${inactive.name} Unavailable`);
    expect(cell).toHaveAttribute('aria-disabled', 'true');
    expect(cell).toHaveAttribute('data-disabled');
    expect(within(cell).getByText('Unavailable')).toBeVisible();
    await user.click(cell);
    expect(cell).toHaveAttribute('aria-selected', 'false');
  });

  it('prefetches looks after the pointer rests 150 ms, never on a fast sweep', async () => {
    const { user, requests } = renderMine();
    const trigger = await screen.findByRole('button', { name: second!.name });
    const looksRequest = `GET /v1/avatars?parent_id=${second!.avatar_id}`;
    await user.hover(trigger);
    await user.unhover(trigger);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).not.toContain(looksRequest);
    await user.hover(trigger);
    await waitFor(() => expect(requests).toContain(looksRequest), { timeout: 1000 });
  });

  it('prefetches nothing for a character that moves under a resting pointer', async () => {
    const { requests } = renderMine();
    const trigger = await screen.findByRole('button', { name: second!.name });
    // What the browser sends when the grid scrolls beneath the pointer: over and enter, no move.
    fireEvent.pointerOver(trigger, { pointerType: 'mouse' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(requests).not.toContain(`GET /v1/avatars?parent_id=${second!.avatar_id}`);
  });

  it('prefetches looks when keyboard focus rests on a character, not while arrows pass it', async () => {
    const { user, requests } = renderMine();
    const trigger = await screen.findByRole('button', { name: first!.name });
    trigger.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('button', { name: third!.name })).toHaveFocus();
    await waitFor(() =>
      expect(requests).toContain(`GET /v1/avatars?parent_id=${third!.avatar_id}`),
    );
    expect(requests).not.toContain(`GET /v1/avatars?parent_id=${second!.avatar_id}`);
  });
});
