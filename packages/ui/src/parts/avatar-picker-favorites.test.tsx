import type { Character } from '@avatar-picker/hooks';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCharacter } from '../test/fixtures';
import { getAnnouncer } from '../test/get-announcer';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout());

const { api: demo, client } = createPickerHarness();
const [first] = demo.listCharacters('user_demo');
const [firstLook] = demo.listLooks(first!.avatar_id, 'user_demo');

// A look of another account's public character: only the lookup's search of looks finds it, so
// after a reload no cached list holds it.
const ownIds = new Set((await client.listAll()).items.map((avatar) => avatar.id));
const publicCharacter = (await client.listPublic()).items.find(
  (avatar): avatar is Character =>
    avatar.kind === 'character' && !ownIds.has(avatar.id) && avatar.looksCount !== 0,
)!;
const publicLook = (await client.listLooks(publicCharacter.id)).items.find(
  (look) => look.isActive && !look.isFavorite,
)!;

async function renderMine(options: Parameters<typeof renderPicker>[1] = {}) {
  const result = renderPicker(<AvatarPicker defaultFilter="mine" />, options);
  const grid = await screen.findByRole('grid', { name: 'Avatars' });
  return { ...result, grid };
}

/** The tile of the character whose button is named `name`. */
const tileOf = (scope: HTMLElement, name: string) =>
  within(scope).getByRole('button', { name }).closest<HTMLElement>('[data-ap-cell]')!;

/** A tile's star is named "Favorite" only: the tile around it says whose it is. */
const starOf = (scope: HTMLElement, name: string) =>
  within(tileOf(scope, name)).getByRole('button', { name: 'Favorite' });

describe('AvatarPicker favorites', () => {
  it('shows a favorite at once, saves it and announces it', async () => {
    const { user, grid, api } = await renderMine();
    const toggle = starOf(grid, first!.name);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(getAnnouncer()).toHaveTextContent(`Added ${first!.name} to favorites`),
    );
    expect(api.listCharacters('user_demo')[0]!.is_favorite).toBe(1);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() =>
      expect(getAnnouncer()).toHaveTextContent(`Removed ${first!.name} from favorites`),
    );
  });

  it('rolls back and announces the failure when the server refuses', async () => {
    const { user, grid, api } = await renderMine();
    // Long enough that a loaded machine still reads the optimistic star before the refusal lands.
    api.faults.add({ route: 'update', status: 403, latencyMs: 400 });
    const toggle = starOf(grid, first!.name);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(getAnnouncer()).toHaveTextContent(`Could not update favorite for ${first!.name}`),
    );
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(api.listCharacters('user_demo')[0]!.is_favorite).toBe(0);
  });

  it('has a toggle on every look too', async () => {
    const { user, grid } = await renderMine();
    await user.click(within(grid).getByRole('button', { name: first!.name }));
    await waitFor(() => expect(grid.querySelector('[data-ap-look]')).not.toBeNull());
    const lookCell = grid.querySelector<HTMLElement>(
      `[data-ap-cell-key="${firstLook!.avatar_id}"]`,
    )!;
    const toggle = within(lookCell).getByRole('button', { name: 'Favorite' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(lookCell).toHaveAttribute('aria-selected', 'false');
  });

  it('lists favorites under the Favorites filter', async () => {
    const { user, grid } = await renderMine();
    await user.click(starOf(grid, first!.name));
    await user.click(screen.getByRole('radio', { name: 'Favorites' }));
    const favorites = await screen.findByRole('grid', { name: 'Avatars' });
    expect(within(favorites).getByRole('button', { name: first!.name })).toBeVisible();
    // Each character listed is a favorite or has a favorite look.
    for (const toggle of within(favorites).getAllByRole('button', { name: 'Favorite' })) {
      if (toggle.getAttribute('aria-pressed') === 'true') continue;
      const id = toggle.closest<HTMLElement>('[data-ap-cell-key]')?.dataset.apCellKey ?? '';
      const looks = demo.listLooks(id, 'user_demo');
      expect(looks.some((look) => look.is_favorite === 1)).toBe(true);
    }
  });

  it('lists the character of a starred look under Favorites, with that look first', async () => {
    const looks = demo.listLooks(first!.avatar_id, 'user_demo');
    const starred = looks.at(-1)!;
    const { user, grid } = await renderMine();
    await user.click(within(grid).getByRole('button', { name: first!.name }));
    const cell = await within(grid).findByRole('gridcell', {
      name: new RegExp(`^${starred.name}`),
    });
    await user.click(within(cell).getByRole('button', { name: 'Favorite' }));
    await waitFor(() => expect(getAnnouncer()).toHaveTextContent(`Added ${starred.name}`));

    await user.click(screen.getByRole('radio', { name: 'Favorites' }));
    const favorites = await screen.findByRole('grid', { name: 'Avatars' });
    const character = await within(favorites).findByRole('button', { name: first!.name });
    // The character itself is not a favorite: its starred look brought it here.
    expect(starOf(favorites, first!.name)).toHaveAttribute('aria-pressed', 'false');
    if (character.getAttribute('aria-expanded') !== 'true') await user.click(character);
    await waitFor(() => {
      const firstLookCell = favorites.querySelector('[data-ap-look]');
      expect(firstLookCell).toHaveAttribute('data-ap-cell-key', starred.avatar_id);
    });
  });

  // The recents lookup searches public characters' looks against the fake API: slower than 5 s
  // allows on a loaded machine.
  it('stars a recently used look that only its lookup knows, and shows it starred', {
    timeout: 15_000,
  }, async () => {
    localStorage.setItem('avatar-picker:recent', JSON.stringify([publicLook.id]));
    const { user, api } = renderPicker(<AvatarPicker />);
    const row = await screen.findByRole('row', { name: 'Recently used' }, { timeout: 5000 });
    const cell = await within(row).findByRole('gridcell', { name: new RegExp(publicLook.name) });
    const star = within(cell).getByRole('button', { name: 'Favorite' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(getAnnouncer()).toHaveTextContent(`Added ${publicLook.name} to favorites`),
    );
    const onServer = () =>
      api
        .listLooks(publicCharacter.id, 'user_demo')
        .find((look) => look.avatar_id === publicLook.id)?.is_favorite;
    expect(onServer()).toBe(1);
    expect(within(cell).getByRole('button', { name: 'Favorite' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(cell).getByRole('button', { name: 'Favorite' }));
    await waitFor(() => expect(onServer()).toBe(0));
  });

  it('shows what the cache holds, not the avatar object a toggle was given', async () => {
    const [kept] = (await client.listCharacters()).items;
    const { user, api } = renderPicker(
      <AvatarPicker.Root>
        <AvatarPicker.FavoriteToggle avatar={kept!} />
      </AvatarPicker.Root>,
    );
    const toggle = screen.getByRole('button', { name: `Favorite ${kept!.name}` });
    await user.click(toggle);
    await waitFor(() => expect(api.listCharacters('user_demo')[0]!.is_favorite).toBe(1));
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // The second click unstars: it does not send the stale object's opposite again.
    await user.click(toggle);
    await waitFor(() => expect(api.listCharacters('user_demo')[0]!.is_favorite).toBe(0));
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('says the avatar name once per tile; a toggle on its own names its avatar', async () => {
    const { grid } = await renderMine();
    // Every control of the tile in reading order: only the character button says the name.
    const names: string[] = [];
    within(tileOf(grid, first!.name)).getAllByRole('button', {
      name: (name) => names.push(name) > 0,
    });
    expect(names).toEqual([first!.name, 'Favorite']);

    const ava = makeCharacter('AVA', { name: 'Ava' });
    renderPicker(
      <AvatarPicker.Root>
        <AvatarPicker.FavoriteToggle avatar={ava} />
        <AvatarPicker.FavoriteToggle avatar={ava} aria-label="Star Ava" />
      </AvatarPicker.Root>,
    );
    expect(screen.getByRole('button', { name: 'Favorite Ava' })).toBeVisible();
    // The host's own name wins.
    expect(screen.getByRole('button', { name: 'Star Ava' })).toBeVisible();
  });
});
