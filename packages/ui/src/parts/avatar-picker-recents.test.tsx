import type { Look, LookId } from '@avatar-picker/hooks';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AvatarPickerRecentsStorage } from '../store/recents-store';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout());

const KEY = 'avatar-picker:recent';
const demo = createPickerHarness().api;
const own = demo.listCharacters('user_demo');
const withLooks = own.map((character) => ({
  character,
  looks: demo.listLooks(character.avatar_id, 'user_demo'),
}));
const [first] = withLooks;
const [look1, look2] = first!.looks.filter((look) => look.active !== 0);
const activeLooks = withLooks.flatMap(({ character, looks }) =>
  looks.filter((look) => look.active !== 0).map((look) => ({ character, look })),
);
const inactive = withLooks.flatMap(({ looks }) => looks).find((look) => look.active === 0)!;
/** The name a recent tile shows: its character's and its own. */
const recentName = (entry: { character: { name: string }; look: { name: string } }) =>
  `${entry.character.name} · ${entry.look.name}`;

const stored = (key = KEY) => JSON.parse(localStorage.getItem(key) ?? 'null') as string[] | null;
const seed = (ids: string[], key = KEY) => localStorage.setItem(key, JSON.stringify(ids));
const recentRow = (container: HTMLElement = document.body) =>
  within(container).findByRole('row', { name: 'Recently used' }, { timeout: 3000 });

async function pickFirstCharactersLook(
  user: ReturnType<typeof renderPicker>['user'],
  grid: HTMLElement,
  look = look1!,
) {
  await user.click(await within(grid).findByRole('button', { name: first!.character.name }));
  await user.click(await within(grid).findByRole('gridcell', { name: look.name }));
}

// Each test clicks through the picker against the fake API: slower than the default 5 s allows
// on a loaded machine.
describe('AvatarPicker recently used looks', { timeout: 15_000 }, () => {
  it('records picks in localStorage, most recent first, and starts the All view with them', async () => {
    const { user } = renderPicker(<AvatarPicker defaultFilter="mine" />);
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    expect(within(grid).queryByRole('row', { name: 'Recently used' })).toBeNull();
    await pickFirstCharactersLook(user, grid, look1);
    // A second click on the character closes its looks; the next opens them again.
    await user.click(within(grid).getByRole('button', { name: first!.character.name }));
    await pickFirstCharactersLook(user, grid, look2);
    expect(stored()).toEqual([look2!.avatar_id, look1!.avatar_id]);
    await user.click(screen.getByRole('radio', { name: 'All' }));
    const row = await recentRow(grid);
    const names = within(row)
      .getAllByRole('gridcell')
      .map((cell) => cell.textContent);
    expect(names[0]).toContain(look2!.name);
    expect(names[1]).toContain(look1!.name);
    expect(row).toHaveAttribute('aria-rowindex', '1');
  });

  it('keeps each recentsKey apart', async () => {
    seed([look2!.avatar_id]);
    const { user } = renderPicker(<AvatarPicker defaultFilter="mine" recentsKey="user_ada" />);
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await pickFirstCharactersLook(user, grid);
    expect(stored(`${KEY}:user_ada`)).toEqual([look1!.avatar_id]);
    expect(stored()).toEqual([look2!.avatar_id]);
  });

  it('shows a pick in one picker in the Recently used row of another, without a reload', async () => {
    const { user } = renderPicker(
      <>
        <AvatarPicker defaultFilter="mine" />
        <AvatarPicker />
      </>,
    );
    const [one, two] = await screen.findAllByRole('grid', { name: 'Avatars' });
    await pickFirstCharactersLook(user, one!);
    const row = await recentRow(two!);
    expect(within(row).getByRole('gridcell', { name: recentName(activeLooks[0]!) })).toBeVisible();
  });

  it('picks from the row with the mouse, and with Enter on the tab stop it starts on', async () => {
    seed([look2!.avatar_id, look1!.avatar_id]);
    const onValueChange = vi.fn<(id: LookId, look: Look) => void>();
    const { user } = renderPicker(<AvatarPicker onValueChange={onValueChange} />);
    const row = await recentRow();
    const cells = within(row).getAllByRole('gridcell');
    expect(cells).toHaveLength(2);
    // The row came after the characters, yet holds the tab stop: Tab, Enter picks the last used.
    expect(cells[0]).toHaveAttribute('tabindex', '0');
    await user.click(cells[1]!);
    expect(onValueChange).toHaveBeenLastCalledWith(
      look1!.avatar_id,
      expect.objectContaining({ id: look1!.avatar_id }),
    );
    expect(stored()).toEqual([look1!.avatar_id, look2!.avatar_id]);

    // Tab from the toolbar lands on the first recent look; Enter picks it.
    await user.click(screen.getByRole('radio', { name: 'All' }));
    const grid = screen.getByRole('grid', { name: 'Avatars' });
    for (let presses = 0; presses < 5 && !grid.contains(document.activeElement); presses += 1) {
      await user.tab();
    }
    const tabStop = within(await recentRow()).getAllByRole('gridcell')[0]!;
    expect(tabStop).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(await recentRow()).getAllByRole('gridcell')[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith(look2!.avatar_id, expect.anything());
    expect(stored()).toEqual([look2!.avatar_id, look1!.avatar_id]);
    // The picked look moved first with its focus; ArrowDown leaves the row for the characters.
    expect(within(await recentRow()).getAllByRole('gridcell')[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('aria-expanded', 'false');
  });

  it('lists every recent look under the Recent filter, and says so when there is none', async () => {
    const { user } = renderPicker(<AvatarPicker defaultFilter="recent" />);
    expect(
      await screen.findByText('No recently used looks yet. The looks you pick will appear here.'),
    ).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Mine' }));
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await pickFirstCharactersLook(user, grid);
    await user.click(screen.getByRole('radio', { name: 'Recent' }));
    const cell = await screen.findByRole('gridcell', { name: recentName(activeLooks[0]!) });
    expect(screen.queryByRole('button', { name: own[1]!.name })).toBeNull();
    expect(cell).toHaveAttribute('aria-selected', 'true');
  });

  it('shows 12 under the Recent filter and one grid row of them in All', async () => {
    const twelve = activeLooks.slice(0, 12);
    expect(twelve).toHaveLength(12);
    seed(twelve.map(({ look }) => look.avatar_id));
    const { user } = renderPicker(<AvatarPicker defaultFilter="recent" />);
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await waitFor(() => expect(within(grid).getAllByRole('gridcell')).toHaveLength(12));
    await user.click(screen.getByRole('radio', { name: 'All' }));
    const row = await recentRow();
    const columns = Number(grid.getAttribute('aria-colcount'));
    expect(within(row).getAllByRole('gridcell')).toHaveLength(columns);
  });

  it('leaves out looks that are gone, inactive or locked, and forgets only the gone ones', async () => {
    const gone = 'avat_01ZZZZZZZZZZZZZZZZZZZZZZZZ';
    seed([gone, inactive.avatar_id, look2!.avatar_id, look1!.avatar_id]);
    renderPicker(
      <AvatarPicker
        getLookDisabledReason={(look) => (look.id === look2!.avatar_id ? 'Pro' : null)}
      />,
    );
    const row = await recentRow();
    await waitFor(() =>
      expect(stored()).toEqual([inactive.avatar_id, look2!.avatar_id, look1!.avatar_id]),
    );
    const cells = within(row).getAllByRole('gridcell');
    expect(cells).toHaveLength(1);
    expect(cells[0]).toHaveAccessibleName(recentName(activeLooks[0]!));
  });

  it('says a failed lookup under the Recent filter, not "none yet", and Retry looks again', async () => {
    seed([look1!.avatar_id]);
    // The account's list, which the lookup reads, is refused once; a 403 is not retried.
    const { user } = renderPicker(<AvatarPicker defaultFilter="recent" />, {
      faults: [{ route: 'all', status: 403 }],
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(screen.queryByText(/No recently used looks yet/)).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('gridcell', { name: recentName(activeLooks[0]!) }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('still shows the characters in All when the recents lookup fails', async () => {
    seed([look1!.avatar_id]);
    renderPicker(<AvatarPicker />, {
      faults: [{ route: 'all', status: 403, times: Number.POSITIVE_INFINITY }],
    });
    expect(await screen.findByRole('button', { name: own[1]!.name })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('row', { name: 'Recently used' })).toBeNull();
  });

  it('does nothing with recents when recents={false}', async () => {
    seed([look2!.avatar_id]);
    const { user } = renderPicker(<AvatarPicker defaultFilter="mine" recents={false} />);
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    expect(screen.queryByRole('radio', { name: 'Recent' })).toBeNull();
    await pickFirstCharactersLook(user, grid);
    expect(stored()).toEqual([look2!.avatar_id]);
    await user.click(screen.getByRole('radio', { name: 'All' }));
    await screen.findByRole('button', { name: own[1]!.name });
    expect(within(grid).queryByRole('row', { name: 'Recently used' })).toBeNull();
  });

  it('keeps working when its storage throws on every call', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing: AvatarPickerRecentsStorage = {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      set: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    };
    const onValueChange = vi.fn();
    const { user } = renderPicker(
      <AvatarPicker defaultFilter="mine" recentsStorage={failing} onValueChange={onValueChange} />,
    );
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    await pickFirstCharactersLook(user, grid);
    await user.click(screen.getByRole('radio', { name: 'All' }));
    expect(onValueChange).toHaveBeenCalledWith(look1!.avatar_id, expect.anything());
    // The pick still shows for the life of the page.
    expect(await recentRow(grid)).toBeVisible();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
