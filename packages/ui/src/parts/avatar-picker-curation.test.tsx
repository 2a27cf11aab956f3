import type { Character, Look } from '@avatar-picker/hooks';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getAnnouncer } from '../test/get-announcer';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout());

const demo = createPickerHarness().api;
const own = demo.listCharacters('user_demo');
const [first] = own;
const looks = demo.listLooks(first!.avatar_id, 'user_demo');
const activeLooks = looks.filter((look) => look.active !== 0);
const lockedLook = activeLooks[0]!;
const isLocked = (look: Look) => look.id === lockedLook.avatar_id;
// Curation hides the first character (and `hiddenLook` with it), not the second.
const hiddenLook = activeLooks[0]!;
const offeredLook = demo
  .listLooks(own[1]!.avatar_id, 'user_demo')
  .find((look) => look.active !== 0)!;
const hidesFirst = (character: Character) => character.id !== first!.avatar_id;
const UNAVAILABLE = 'Your saved avatar is no longer available. Choose another one.';

describe('AvatarPicker curation and gating', () => {
  it('shows only the characters and looks the product offers; counts follow', async () => {
    const offered = new Set(own.slice(0, 3).map((character) => character.avatar_id));
    const hidden = looks[looks.length - 1]!;
    const { user } = renderPicker(
      <AvatarPicker
        defaultFilter="mine"
        filterCharacters={(character) => offered.has(character.id)}
        filterLooks={(look) => look.id !== hidden.avatar_id}
      />,
    );
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.click(screen.getByRole('radio', { name: 'Mine' }));
    await waitFor(() => expect(getAnnouncer()).toHaveTextContent('3 avatars'));
    expect(within(grid).getAllByRole('button', { expanded: false })).toHaveLength(3);
    await user.click(within(grid).getByRole('button', { name: first!.name }));
    await within(grid).findAllByRole('gridcell', { selected: false });
    expect(grid.querySelector(`[data-ap-cell-key="${hidden.avatar_id}"]`)).toBeNull();
    expect(grid.querySelectorAll('[data-ap-look]')).toHaveLength(looks.length - 1);
  });

  it('shows a locked look with its reason and action, and never picks it by mouse or keyboard', async () => {
    const onValueChange = vi.fn();
    const { user } = renderPicker(
      <AvatarPicker
        defaultFilter="mine"
        onValueChange={onValueChange}
        getLookDisabledReason={(look) => (isLocked(look) ? 'Pro plan' : null)}
        renderLockedAction={() => <a href="/upgrade">Upgrade</a>}
      />,
    );
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await user.click(within(grid).getByRole('button', { name: first!.name }));
    const cell = await within(grid).findByRole('gridcell', {
      name: `${lockedLook.name} Pro plan Upgrade`,
    });
    expect(cell).toHaveAttribute('aria-disabled', 'true');
    expect(within(cell).getByRole('link', { name: 'Upgrade' })).toHaveAttribute('href', '/upgrade');
    await user.click(cell);
    cell.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onValueChange).not.toHaveBeenCalled();
    expect(cell).toHaveAttribute('aria-selected', 'false');
  });

  it('treats a defaultValue holding a locked look as no value once the look is known', async () => {
    const { user } = renderPicker(
      <form aria-label="profile">
        <AvatarPicker
          defaultFilter="mine"
          name="avatar"
          defaultValue={lockedLook.avatar_id}
          getLookDisabledReason={(look) => (isLocked(look) ? 'Pro plan' : null)}
        />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'profile' }) as HTMLFormElement;
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await user.click(within(grid).getByRole('button', { name: first!.name }));
    await within(grid).findByRole('gridcell', { name: `${lockedLook.name} Pro plan` });
    expect(new FormData(form).get('avatar')).toBe('');
  });

  it('offers no look of a hidden character in Recently used or under the Recent filter', async () => {
    localStorage.setItem(
      'avatar-picker:recent',
      JSON.stringify([hiddenLook.avatar_id, offeredLook.avatar_id]),
    );
    const onValueChange = vi.fn();
    const { user } = renderPicker(
      <AvatarPicker filterCharacters={hidesFirst} onValueChange={onValueChange} />,
    );
    const row = await screen.findByRole('row', { name: 'Recently used' }, { timeout: 5000 });
    const cell = await within(row).findByRole('gridcell', { name: new RegExp(offeredLook.name) });
    expect(within(row).getAllByRole('gridcell')).toEqual([cell]);
    await user.click(screen.getByRole('radio', { name: 'Recent' }));
    await waitFor(() => expect(screen.getAllByRole('gridcell')).toHaveLength(1));
    await user.click(screen.getByRole('gridcell'));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(offeredLook.avatar_id, expect.anything());
  });

  it.each([
    ['its character is hidden', { filterCharacters: hidesFirst }],
    ['it is hidden', { filterLooks: (look: Look) => look.id !== hiddenLook.avatar_id }],
  ])('treats a saved look as no value when %s, and says so', async (_case, curation) => {
    const onValueChange = vi.fn();
    const { container } = renderPicker(
      <AvatarPicker
        {...curation}
        name="avatar"
        defaultValue={hiddenLook.avatar_id}
        onValueChange={onValueChange}
      />,
    );
    expect(await screen.findByText(UNAVAILABLE, { selector: 'p' })).toBeVisible();
    expect(container.querySelector<HTMLInputElement>('input[name="avatar"]')?.value).toBe('');
    expect(container.querySelector('[data-has-selection]')).toBeNull();
    expect(onValueChange).not.toHaveBeenCalled();
  });
});
