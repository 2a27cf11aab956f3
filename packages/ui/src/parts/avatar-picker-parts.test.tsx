import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AvatarPicker,
  AvatarPickerGrid,
  AvatarPickerLook,
  AvatarPickerRoot,
  AvatarPickerSearch,
  type LookTileProps,
} from '../index';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';

beforeAll(() => installGridLayout());

const demo = createPickerHarness().api;
const [first] = demo.listCharacters('user_demo');
const look = demo.listLooks(first!.avatar_id, 'user_demo').find((item) => item.active !== 0)!;

function PlainLook({ look, state, nameId, reasonId, ...props }: LookTileProps) {
  return (
    <div {...props}>
      <img src={look.previewImageUrl ?? undefined} alt="" />
      <span id={nameId}>{look.name}</span>
      {state.reason !== null && <em id={reasonId}> {state.reason}</em>}
      {state.selected && ' (chosen)'}
      <AvatarPicker.FavoriteToggle avatar={look} />
    </div>
  );
}

describe('AvatarPicker parts', () => {
  it('exposes every part on the namespace and under a flat name', () => {
    expect(AvatarPicker.Root).toBe(AvatarPickerRoot);
    expect(AvatarPicker.Search).toBe(AvatarPickerSearch);
    expect(AvatarPicker.Grid).toBe(AvatarPickerGrid);
    expect(AvatarPicker.Look).toBe(AvatarPickerLook);
    for (const part of [
      'Root',
      'Search',
      'Filters',
      'Grid',
      'Character',
      'Looks',
      'Look',
      'FavoriteToggle',
      'Preview',
      'Empty',
      'Error',
      'Loading',
    ] as const) {
      expect(AvatarPicker[part].displayName).toBe(`AvatarPicker.${part}`);
    }
  });

  it('throws an error naming the part used outside Root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<AvatarPicker.Search />)).toThrow(
      '<AvatarPicker.Search> must be rendered inside <AvatarPicker.Root>.',
    );
    vi.mocked(console.error).mockRestore();
  });

  it('forwards refs, className, style and data attributes', async () => {
    const rootRef = createRef<HTMLDivElement>();
    const gridRef = createRef<HTMLDivElement>();
    const searchRef = createRef<HTMLInputElement>();
    renderPicker(
      <AvatarPicker.Root ref={rootRef} className="picker" style={{ color: 'red' }} data-testid="r">
        <AvatarPicker.Search ref={searchRef} className="search" />
        <AvatarPicker.Grid ref={gridRef} className="grid" />
      </AvatarPicker.Root>,
    );
    expect(rootRef.current).toHaveClass('picker');
    expect(rootRef.current).toHaveStyle({ color: 'rgb(255, 0, 0)' });
    expect(rootRef.current).toHaveAttribute('data-testid', 'r');
    expect(searchRef.current).toHaveClass('search');
    await screen.findByRole('grid', { name: 'Avatars' });
    expect(gridRef.current).toHaveClass('grid');
    expect(gridRef.current).toHaveAttribute('role', 'grid');
  });

  it('runs user handlers first; preventDefault() stops the built-in behaviour', async () => {
    const { user } = renderPicker(
      <AvatarPicker.Root defaultFilter="mine">
        <AvatarPicker.Grid
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight') event.preventDefault();
          }}
        />
      </AvatarPicker.Root>,
    );
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    const character = within(grid).getByRole('button', { name: first!.name });
    character.focus();
    await user.keyboard('{ArrowRight}');
    expect(character).toHaveFocus();
  });

  it('draws looks with custom tiles that spread the ready props and pick like the default', async () => {
    const onValueChange = vi.fn();
    const { user } = renderPicker(
      <AvatarPicker.Root defaultFilter="mine" onValueChange={onValueChange}>
        <AvatarPicker.Grid components={{ Look: PlainLook }} />
      </AvatarPicker.Root>,
    );
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await user.click(within(grid).getByRole('button', { name: first!.name }));
    const cell = await within(grid).findByRole('gridcell', { name: look.name });
    expect(cell).toHaveAttribute('aria-selected', 'false');
    await user.click(cell);
    expect(onValueChange).toHaveBeenCalledWith(
      look.avatar_id,
      expect.objectContaining({ id: look.avatar_id }),
    );
    expect(cell).toHaveAttribute('aria-selected', 'true');
    expect(cell).toHaveTextContent(`${look.name} (chosen)`);
    await user.keyboard('f');
    expect(within(cell).getByRole('button', { name: 'Favorite' })).toHaveAttribute(
      'aria-pressed',
      String(look.is_favorite !== 1),
    );
  });
});
