import type { Avatar } from '@avatar-picker/hooks';
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPickerDialog } from './avatar-picker-dialog';

beforeAll(() => installGridLayout());

const demo = createPickerHarness().api;
const [first, second] = demo.listCharacters('user_demo');
const look = demo.listLooks(first!.avatar_id, 'user_demo').find((item) => item.active !== 0)!;
const withInactive = demo
  .listCharacters('user_demo')
  .map((character) => ({ character, looks: demo.listLooks(character.avatar_id, 'user_demo') }))
  .find(({ looks }) => looks.some((item) => item.active === 0))!;
const inactiveLook = withInactive.looks.find((item) => item.active === 0)!;

async function pickFirstLook(user: ReturnType<typeof renderPicker>['user']) {
  const dialog = await screen.findByRole('dialog', { name: 'Choose an avatar' });
  await user.click(within(dialog).getByRole('radio', { name: 'Mine' }));
  await user.click(await within(dialog).findByRole('button', { name: first!.name }));
  await waitFor(() =>
    expect(dialog.querySelector(`[data-ap-cell-key="${look.avatar_id}"]`)).not.toBeNull(),
  );
  await user.click(dialog.querySelector<HTMLElement>(`[data-ap-cell-key="${look.avatar_id}"]`)!);
}

describe('AvatarPickerDialog', () => {
  it('opens from the trigger, closes on pick, shows the choice and returns focus', async () => {
    const onValueChange = vi.fn();
    const { user } = renderPicker(<AvatarPickerDialog onValueChange={onValueChange} />);
    const trigger = screen.getByRole('button', { name: 'Choose an avatar' });
    await user.click(trigger);
    await pickFirstLook(user);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onValueChange).toHaveBeenCalledWith(
      look.avatar_id,
      expect.objectContaining({ id: look.avatar_id }),
    );
    // Several characters have a look of the same name: the trigger names both.
    const chosen = screen.getByRole('button', { name: `Avatar: ${first!.name} · ${look.name}` });
    expect(chosen).toBe(trigger);
    // The image is decorative here: the button's name already says which avatar it shows.
    expect(chosen.querySelector('img')).toHaveAttribute('alt', '');
    expect(chosen.querySelector('img')).toBeVisible();
    await waitFor(() => expect(chosen).toHaveFocus());
  });

  it('collapses expanded looks on Escape before closing the dialog', async () => {
    const { user } = renderPicker(<AvatarPickerDialog defaultOpen />);
    const dialog = await screen.findByRole('dialog', { name: 'Choose an avatar' });
    await user.click(within(dialog).getByRole('radio', { name: 'Mine' }));
    const character = await within(dialog).findByRole('button', { name: first!.name });
    await user.click(character);
    expect(character).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(character).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('dialog')).toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('follows controlled open state and submits the value with a form', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderPicker(
      <form aria-label="profile">
        <AvatarPickerDialog open={false} onOpenChange={onOpenChange} name="avatar" required />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'profile' }) as HTMLFormElement;
    const trigger = screen.getByRole('button', { name: 'Choose an avatar' });
    expect(trigger).not.toHaveAttribute('aria-invalid');
    // What a submit runs first: the trigger takes focus, marked invalid, and the reason is said.
    let valid = true;
    act(() => {
      valid = form.reportValidity();
    });
    expect(valid).toBe(false);
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText('Choose an avatar to continue.', { selector: '[aria-live]' }),
    ).toBeVisible();
    await user.click(trigger);
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows a value chosen earlier once its look is in the cache', async () => {
    const { user } = renderPicker(<AvatarPickerDialog defaultValue={look.avatar_id as never} />);
    const trigger = screen.getByRole('button', { name: 'Your saved avatar' });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Mine' }));
    await user.click(await within(dialog).findByRole('button', { name: first!.name }));
    await within(dialog).findByRole('gridcell', { name: look.name });
    // The modal hides the trigger from assistive technology: read it once the dialog is closed.
    await user.keyboard('{Escape}{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveAccessibleName(`Avatar: ${first!.name} · ${look.name}`);
  });

  it('neither shows nor submits a value whose look turns out inactive', async () => {
    const { user } = renderPicker(
      <form aria-label="profile">
        <AvatarPickerDialog name="avatar" defaultValue={inactiveLook.avatar_id as never} />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'profile' }) as HTMLFormElement;
    expect(new FormData(form).get('avatar')).toBe(inactiveLook.avatar_id);
    const trigger = screen.getByRole('button', { name: 'Your saved avatar' });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Mine' }));
    await user.click(
      await within(dialog).findByRole('button', { name: withInactive.character.name }),
    );
    const cell = await within(dialog).findByRole('gridcell', {
      name: `${inactiveLook.name} Unavailable`,
    });
    expect(cell).toHaveAttribute('aria-selected', 'false');
    expect(new FormData(form).get('avatar')).toBe('');
    await user.keyboard('{Escape}{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveAccessibleName('Choose an avatar');
  });
});

describe('AvatarPickerDialog onActiveChange', () => {
  const lastId = (spy: ReturnType<typeof vi.fn>) =>
    (spy.mock.calls.at(-1)?.[0] as Avatar | null | undefined)?.id ?? null;

  it('reports null once a pick closed the dialog under the pointer', async () => {
    const onActiveChange = vi.fn();
    const { user } = renderPicker(<AvatarPickerDialog onActiveChange={onActiveChange} />);
    await user.click(screen.getByRole('button', { name: 'Choose an avatar' }));
    await pickFirstLook(user);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onActiveChange).toHaveBeenCalledWith(expect.objectContaining({ id: look.avatar_id }));
    expect(lastId(onActiveChange)).toBeNull();
  });

  it('follows keyboard focus when the dialog opens again, the pointer still where the tile was', async () => {
    const onActiveChange = vi.fn();
    const { user } = renderPicker(<AvatarPickerDialog onActiveChange={onActiveChange} />);
    await user.click(screen.getByRole('button', { name: 'Choose an avatar' }));
    await pickFirstLook(user);
    const trigger = await screen.findByRole('button', { name: new RegExp(look.name) });
    await waitFor(() => expect(trigger).toHaveFocus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Choose an avatar' });
    const other = await within(dialog).findByRole('button', { name: second!.name });
    act(() => other.focus());
    expect(lastId(onActiveChange)).toBe(second!.avatar_id);
  });
});
