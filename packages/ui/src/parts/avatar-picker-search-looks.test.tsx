import { avatarKeys, type CharacterId, type Look } from '@avatar-picker/hooks';
import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../primitives/fold-text';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout({ width: 600, height: 420 }));

const CHARACTERS = 10;
const { api } = createPickerHarness({ characters: CHARACTERS });
const own = api.listCharacters('user_demo');
const folded = (name: string) => foldText(name);

/**
 * A character with an active look whose name no character name holds and no earlier sibling's
 * name holds, past the first column: a search for it finds the character through that look only.
 */
const target = (() => {
  for (const character of own) {
    const looks = api.listLooks(character.avatar_id, 'user_demo');
    const index = looks.findIndex(
      (look, at) =>
        at > 0 &&
        look.active !== 0 &&
        own.every((other) => !folded(other.name).includes(folded(look.name))) &&
        looks.slice(0, at).every((sibling) => !folded(sibling.name).includes(folded(look.name))),
    );
    const look = looks[index];
    if (look !== undefined) return { character, look };
  }
  throw new Error('The fake dataset has no character with a look that fits this test.');
})();

describe('AvatarPicker search finds looks', () => {
  it('shows a character for its cached look, and opening it puts the tab stop on that look', async () => {
    const { user, client, queryClient } = renderPicker(<AvatarPicker defaultFilter="mine" />, {
      characters: CHARACTERS,
    });
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    const id = target.character.avatar_id as CharacterId;
    const looks = await client.listLooks(id);
    // Only cached looks are searched: the character's looks were loaded before, e.g. by a hover.
    act(() => {
      queryClient.setQueryData(avatarKeys.looks(id), looks);
    });

    await user.type(screen.getByRole('searchbox', { name: 'Search avatars' }), target.look.name);
    const character = within(grid).getByRole('button', { name: target.character.name });
    expect(within(grid).getAllByRole('button', { expanded: false })).toEqual([character]);

    await user.click(character);
    expect(character).toHaveAttribute('aria-expanded', 'true');
    const cell = within(grid).getByRole('gridcell', { name: target.look.name });
    expect(cell).toHaveAttribute('data-search-match', '');
    expect(cell).toHaveAttribute('data-highlighted', '');
    const others = within(grid)
      .getAllByRole('gridcell')
      .filter((other) => other.hasAttribute('data-ap-look') && other !== cell);
    expect(others.some((other) => other.hasAttribute('data-search-match'))).toBe(false);

    // Tab from the character lands on the look, before any other look.
    expect(character).toHaveFocus();
    await user.tab();
    expect(cell).toHaveFocus();

    // Opened again, ArrowDown from the character steps straight onto the look too.
    await user.click(character);
    expect(character).toHaveAttribute('aria-expanded', 'false');
    await user.click(character);
    await user.keyboard('{ArrowDown}');
    expect(within(grid).getByRole('gridcell', { name: target.look.name })).toHaveFocus();
  });

  it('does not find a character through a look the product hides', async () => {
    const hidden = (look: Look) => look.id !== target.look.avatar_id;
    const { user, client, queryClient } = renderPicker(
      <AvatarPicker defaultFilter="mine" filterLooks={hidden} />,
      { characters: CHARACTERS },
    );
    await screen.findByRole('grid', { name: 'Avatars' });
    const id = target.character.avatar_id as CharacterId;
    const looks = await client.listLooks(id);
    act(() => {
      queryClient.setQueryData(avatarKeys.looks(id), looks);
    });
    await user.type(screen.getByRole('searchbox', { name: 'Search avatars' }), target.look.name);
    expect(screen.queryByRole('grid', { name: 'Avatars' })).toBeNull();
  });
});
