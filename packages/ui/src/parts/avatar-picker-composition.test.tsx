import { useCharacters } from '@avatar-picker/hooks';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout());

const demo = createPickerHarness().api;
const own = demo.listCharacters('user_demo');
const [first] = own;
const looks = demo.listLooks(first!.avatar_id, 'user_demo');
const activeLook = looks.find((item) => item.active !== 0)!;

function FirstCharacterLooks() {
  const character = useCharacters().data?.items[0];
  return character === undefined ? null : <AvatarPicker.Looks character={character} />;
}

/** Controls the search text, storing what was typed upper-cased. */
function UppercaseSearch({ onSearchChange }: { onSearchChange: (search: string) => void }) {
  const [search, setSearch] = useState('');
  return (
    <AvatarPicker.Root
      defaultFilter="mine"
      search={search}
      onSearchChange={(next) => {
        onSearchChange(next);
        setSearch(next.toUpperCase());
      }}
    >
      <AvatarPicker.Search />
      <AvatarPicker.Grid />
    </AvatarPicker.Root>
  );
}

describe('AvatarPicker composed from parts', () => {
  it('follows a controlled search and reports typing', async () => {
    const onSearchChange = vi.fn();
    const { user } = renderPicker(<UppercaseSearch onSearchChange={onSearchChange} />);
    const search = screen.getByRole('searchbox', { name: 'Search avatars' });
    await user.type(search, 'a');
    expect(onSearchChange).toHaveBeenCalledWith('a');
    expect(search).toHaveValue('A');
  });

  it('moves from the search box to the grid with ArrowDown', async () => {
    const { user } = renderPicker(
      <AvatarPicker.Root defaultFilter="mine">
        <header>
          <AvatarPicker.Search />
        </header>
        <AvatarPicker.Grid />
      </AvatarPicker.Root>,
    );
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await user.click(screen.getByRole('searchbox', { name: 'Search avatars' }));
    await user.keyboard('{ArrowDown}');
    expect(within(grid).getByRole('button', { name: first!.name })).toHaveFocus();
  });

  it('offers only the filters given as items, in their order, as one radio group', async () => {
    const onFilterChange = vi.fn();
    const { user } = renderPicker(
      <AvatarPicker.Root defaultFilter="mine" onFilterChange={onFilterChange}>
        <AvatarPicker.Filters>
          <AvatarPicker.Filters.Item value="mine">Yours</AvatarPicker.Filters.Item>
          <AvatarPicker.Filters.Item value="public" asChild>
            <button type="button" className="shared">
              Shared
            </button>
          </AvatarPicker.Filters.Item>
        </AvatarPicker.Filters>
      </AvatarPicker.Root>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Show' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.textContent)).toEqual(['Yours', 'Shared']);
    expect(radios[0]).toBeChecked();
    expect(radios[1]).toHaveClass('shared');
    radios[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(onFilterChange).toHaveBeenCalledWith('public');
    expect(radios[1]).toBeChecked();
    expect(radios[1]).toHaveFocus();
  });

  it('picks from a character’s looks shown on their own and shows the pick on the trigger', async () => {
    const onValueChange = vi.fn();
    const { user } = renderPicker(
      <AvatarPicker.Root onValueChange={onValueChange}>
        <AvatarPicker.Trigger />
        <FirstCharacterLooks />
      </AvatarPicker.Root>,
    );
    const trigger = screen.getByRole('button', { name: 'Choose an avatar' });
    const tile = await screen.findByRole('button', { name: activeLook.name, pressed: false });
    await user.click(tile);
    expect(onValueChange).toHaveBeenCalledWith(activeLook.avatar_id, expect.anything());
    expect(tile).toHaveAttribute('aria-pressed', 'true');
    expect(trigger).toHaveAccessibleName(`Avatar: ${first!.name} · ${activeLook.name}`);
    expect(trigger).toHaveTextContent(`${first!.name} · ${activeLook.name}`);
  });
});
