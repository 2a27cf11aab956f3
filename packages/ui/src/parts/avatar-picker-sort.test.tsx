import type { Avatar } from '@avatar-picker/hooks';
import { render, screen, within } from '@testing-library/react';
import { createRef, type Ref, useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { installGridLayout } from '../test/install-grid-layout';
import { renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';
import type { AvatarPickerSort } from './avatar-picker-sort';

beforeAll(() => installGridLayout({ width: 600, height: 420 }));

/** The characters the grid shows, in reading order. */
async function shownCharacters(byId: Map<string, Avatar>) {
  const grid = await screen.findByRole('grid', { name: 'Avatars' });
  return within(grid)
    .getAllByRole('gridcell')
    .map((cell) => byId.get(cell.dataset.apCellKey ?? ''))
    .filter((avatar) => avatar !== undefined);
}

async function everyCharacter(listPublic: () => Promise<{ items: Avatar[] }>, own: Avatar[]) {
  return new Map([...own, ...(await listPublic()).items].map((avatar) => [avatar.id, avatar]));
}

const pairs = <T,>(list: T[]) =>
  list.slice(1).map((item, index): [T, T] => [list[index] as T, item]);

function ControlledSort({ selectRef }: { selectRef: Ref<HTMLSelectElement> }) {
  const [sort, setSort] = useState<AvatarPickerSort | null>('updated');
  return (
    <AvatarPicker.Root sort={sort} onSortChange={setSort}>
      <AvatarPicker.Sort ref={selectRef} className="mine" aria-label="Order">
        <option value="updated">Updated</option>
        <option value="name">A to Z</option>
      </AvatarPicker.Sort>
      <output aria-label="Chosen order">{sort}</output>
    </AvatarPicker.Root>
  );
}

describe('AvatarPicker.Sort', () => {
  it('is a select named Sort holding the API order and the four sort orders', async () => {
    renderPicker(<AvatarPicker />);
    const select = screen.getByRole('combobox', { name: 'Sort' });
    expect(select).toHaveValue('');
    expect(select).toHaveAttribute('data-ap-sort');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Default', 'Newest', 'Oldest', 'Name', 'Recently updated']);
  });

  it('orders the merged list when picked, tells onSortChange, and keeps the order while searching', async () => {
    const onSortChange = vi.fn();
    const { user, client } = renderPicker(<AvatarPicker onSortChange={onSortChange} />);
    const byId = await everyCharacter(
      () => client.listPublic(),
      (await client.listCharacters()).items,
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Name');
    expect(onSortChange).toHaveBeenLastCalledWith('name');
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const byName = await shownCharacters(byId);
    expect(byName.length).toBeGreaterThan(10);
    for (const [a, b] of pairs(byName))
      expect(collator.compare(a.name, b.name)).toBeLessThanOrEqual(0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Oldest');
    expect(onSortChange).toHaveBeenLastCalledWith('oldest');
    const oldest = await shownCharacters(byId);
    for (const [a, b] of pairs(oldest)) expect(a.createdAt <= b.createdAt).toBe(true);
    // Own and public characters mix once sorted by date.
    expect(new Set(oldest.slice(0, 12).map((avatar) => avatar.isPublic)).size).toBe(2);

    await user.type(screen.getByRole('searchbox', { name: 'Search avatars' }), 'a');
    const searched = await shownCharacters(byId);
    expect(searched.length).toBeGreaterThan(1);
    for (const [a, b] of pairs(searched)) expect(a.createdAt <= b.createdAt).toBe(true);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Default');
    expect(onSortChange).toHaveBeenLastCalledWith(null);
  });

  it('follows a controlled sort, with custom options, a ref and the rest of the props', async () => {
    const ref = createRef<HTMLSelectElement>();
    const { user } = renderPicker(<ControlledSort selectRef={ref} />);
    const select = screen.getByRole('combobox', { name: 'Order' });
    expect(select).toBe(ref.current);
    expect(select).toHaveClass('mine');
    expect(select).toHaveValue('updated');
    await user.selectOptions(select, 'A to Z');
    expect(select).toHaveValue('name');
    expect(screen.getByRole('status', { name: 'Chosen order' })).toHaveTextContent('name');
  });

  it('throws a clear error outside a Root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<AvatarPicker.Sort />)).toThrow(
      '<AvatarPicker.Sort> must be rendered inside <AvatarPicker.Root>.',
    );
    vi.restoreAllMocks();
  });
});
