import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnnouncer } from '../test/get-announcer';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout({ width: 600, height: 420 }));

const demo = createPickerHarness().api;
const own = demo.listCharacters('user_demo');
const accented = own.find((character) => character.name !== character.name.normalize('NFD'))!;
const plainQuery = accented.name
  .normalize('NFD')
  .replace(/\p{M}/gu, '')
  .toLocaleUpperCase()
  .slice(0, 4);

const rowCount = (grid: HTMLElement) => Number(grid.getAttribute('aria-rowcount'));

describe('AvatarPicker filters and search', () => {
  it('offers All / Recent / Favorites / Mine / Public as radios with arrow-key selection', async () => {
    const { user } = renderPicker(<AvatarPicker />);
    const group = screen.getByRole('radiogroup');
    const all = within(group).getByRole('radio', { name: 'All' });
    expect(all).toHaveAttribute('aria-checked', 'true');
    all.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'Favorites' })).toHaveFocus();
    expect(within(group).getByRole('radio', { name: 'Favorites' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.keyboard('{End}');
    expect(within(group).getByRole('radio', { name: 'Public' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.keyboard('{ArrowRight}');
    expect(all).toHaveAttribute('aria-checked', 'true');
  });

  it('All merges own and public characters without duplicates; Mine and Public split them', async () => {
    const { user, client } = renderPicker(<AvatarPicker columns={5} />);
    const publicIds = (await client.listPublic()).items
      .filter((avatar) => avatar.kind === 'character')
      .map((avatar) => avatar.id);
    const union = new Set([...own.map((character) => character.avatar_id), ...publicIds]);
    let grid = await screen.findByRole('grid', { name: 'Avatars' });
    expect(rowCount(grid)).toBe(Math.ceil(union.size / 5));

    await user.click(screen.getByRole('radio', { name: 'Mine' }));
    grid = screen.getByRole('grid', { name: 'Avatars' });
    expect(rowCount(grid)).toBe(Math.ceil(own.length / 5));

    await user.click(screen.getByRole('radio', { name: 'Public' }));
    grid = screen.getByRole('grid', { name: 'Avatars' });
    expect(rowCount(grid)).toBe(Math.ceil(publicIds.length / 5));
  });

  it('searches names ignoring case and accents, and announces the count', async () => {
    const { user } = renderPicker(<AvatarPicker defaultFilter="mine" />);
    await screen.findByRole('grid', { name: 'Avatars' });
    await user.type(screen.getByRole('searchbox', { name: 'Search avatars' }), plainQuery);
    const grid = screen.getByRole('grid', { name: 'Avatars' });
    expect(within(grid).getByRole('button', { name: accented.name })).toBeVisible();
    const matches = own.filter((character) =>
      character.name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLocaleLowerCase()
        .includes(plainQuery.toLocaleLowerCase()),
    );
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(matches.length);
    await waitFor(() =>
      expect(getAnnouncer()).toHaveTextContent(
        matches.length === 1 ? '1 avatar' : `${matches.length} avatars`,
      ),
    );
  });

  it('says what to do when nothing matches, and the clear button restores the list', async () => {
    const { user } = renderPicker(<AvatarPicker defaultFilter="mine" />);
    await screen.findByRole('grid', { name: 'Avatars' });
    const search = screen.getByRole('searchbox', { name: 'Search avatars' });
    await user.type(search, 'zzzz');
    expect(
      screen.getByText('No avatars match “zzzz”. Clear the search or pick another filter.'),
    ).toBeVisible();
    expect(screen.queryByRole('grid')).toBeNull();
    await waitFor(() => expect(getAnnouncer()).toHaveTextContent('0 avatars'));
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(await screen.findByRole('grid', { name: 'Avatars' })).toBeVisible();
  });

  it('has its own message for an empty account', async () => {
    renderPicker(<AvatarPicker defaultFilter="mine" />, { characters: 0 });
    expect(await screen.findByText(/No avatars yet/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
  });

  it('takes every string from labels', async () => {
    renderPicker(
      <AvatarPicker
        labels={{
          grid: 'Avatare',
          search: 'Avatare suchen',
          filter: {
            all: 'Alle',
            recent: 'Zuletzt',
            favorites: 'Favoriten',
            mine: 'Meine',
            public: 'Öffentlich',
          },
          favoriteInTile: 'Merken',
        }}
        defaultFilter="mine"
      />,
    );
    const grid = await screen.findByRole('grid', { name: 'Avatare' });
    expect(screen.getByRole('searchbox', { name: 'Avatare suchen' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Meine' })).toHaveAttribute('aria-checked', 'true');
    expect(within(grid).getAllByRole('button', { name: 'Merken' })[0]).toBeVisible();
  });
});
