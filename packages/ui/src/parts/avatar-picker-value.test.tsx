import {
  type AvatarList,
  avatarKeys,
  type CharacterId,
  type Look,
  type LookId,
} from '@avatar-picker/hooks';
import { act, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout());

const demo = createPickerHarness().api;
const [first, second] = demo.listCharacters('user_demo');
const firstLooks = demo.listLooks(first!.avatar_id, 'user_demo');
const activeLook = firstLooks.find((look) => look.active !== 0)!;
const withInactive = demo
  .listCharacters('user_demo')
  .map((character) => ({ character, looks: demo.listLooks(character.avatar_id, 'user_demo') }))
  .find(({ looks }) => looks.some((look) => look.active === 0))!;
const inactiveLook = withInactive.looks.find((look) => look.active === 0)!;

async function openFirstCharacter(user: ReturnType<typeof renderPicker>['user']) {
  await user.click(await screen.findByRole('button', { name: first!.name }));
  return screen.findByRole('gridcell', { name: activeLook.name });
}

function Controlled() {
  const [value, setValue] = useState<LookId | null>(activeLook.avatar_id as LookId);
  return <AvatarPicker defaultFilter="mine" value={value} onValueChange={setValue} />;
}

describe('AvatarPicker value', () => {
  it('selects an active look (uncontrolled) and reports its LookId and the look', async () => {
    const onValueChange = vi.fn<(id: LookId, look: Look) => void>();
    const { user } = renderPicker(
      <AvatarPicker defaultFilter="mine" onValueChange={onValueChange} />,
    );
    const cell = await openFirstCharacter(user);
    expect(cell).toHaveAttribute('aria-selected', 'false');
    await user.click(cell);
    expect(onValueChange).toHaveBeenCalledWith(
      activeLook.avatar_id,
      expect.objectContaining({
        kind: 'look',
        id: activeLook.avatar_id,
      }),
    );
    expect(cell).toHaveAttribute('aria-selected', 'true');
    expect(cell).toHaveAttribute('data-state', 'checked');
  });

  it('follows a controlled value and only asks for changes', async () => {
    const onValueChange = vi.fn();
    const { user } = renderPicker(
      <AvatarPicker defaultFilter="mine" value={null} onValueChange={onValueChange} />,
    );
    const cell = await openFirstCharacter(user);
    await user.click(cell);
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(cell).toHaveAttribute('aria-selected', 'false');
  });

  it('shows the controlled value as selected', async () => {
    const { user } = renderPicker(<Controlled />);
    const cell = await openFirstCharacter(user);
    expect(cell).toHaveAttribute('aria-selected', 'true');
  });

  it('never makes a character the value', async () => {
    const onValueChange = vi.fn();
    const { user } = renderPicker(
      <AvatarPicker defaultFilter="mine" onValueChange={onValueChange} />,
    );
    await user.click(await screen.findByRole('button', { name: second!.name }));
    await user.keyboard('{Enter}');
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('submits the look id through a hidden input with `name`', async () => {
    const { user, container } = renderPicker(
      <form aria-label="profile">
        <AvatarPicker defaultFilter="mine" name="avatar" defaultValue={null} />
      </form>,
    );
    const cell = await openFirstCharacter(user);
    const form = screen.getByRole('form', { name: 'profile' }) as HTMLFormElement;
    expect(new FormData(form).get('avatar')).toBe('');
    await user.click(cell);
    expect(new FormData(form).get('avatar')).toBe(activeLook.avatar_id);
    expect(container.querySelector('input[type="hidden"][name="avatar"]')).not.toBeNull();
  });

  it('restores a look id stored as a plain string and ignores one that is not a look id', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stored: string = activeLook.avatar_id;
    const { unmount } = renderPicker(
      <form aria-label="stored">
        <AvatarPicker defaultFilter="mine" name="avatar" defaultValue={stored} />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'stored' }) as HTMLFormElement;
    expect(new FormData(form).get('avatar')).toBe(activeLook.avatar_id);
    expect(warn).not.toHaveBeenCalled();
    unmount();

    renderPicker(
      <form aria-label="tampered">
        <AvatarPicker defaultFilter="mine" name="avatar" defaultValue="<img src=x>" />
      </form>,
    );
    const tampered = screen.getByRole('form', { name: 'tampered' }) as HTMLFormElement;
    expect(new FormData(tampered).get('avatar')).toBe('');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('is not a look id');
    warn.mockRestore();
  });

  it('makes the form invalid while `required` and nothing is chosen', async () => {
    const { user } = renderPicker(
      <form aria-label="profile">
        <AvatarPicker defaultFilter="mine" required />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'profile' }) as HTMLFormElement;
    expect(form.checkValidity()).toBe(false);
    await user.click(await openFirstCharacter(user));
    expect(form.checkValidity()).toBe(true);
  });

  it('says a look is needed, where the user chooses, when a required form is sent without one', async () => {
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const { user } = renderPicker(
      <form aria-label="profile" onSubmit={onSubmit}>
        <AvatarPicker defaultFilter="mine" required />
        <button type="submit">Save</button>
      </form>,
    );
    const character = await screen.findByRole('button', { name: first!.name });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const note = 'Choose an avatar to continue.';
    expect(screen.getByText(note, { selector: 'p' })).toBeVisible();
    expect(screen.getByText(note, { selector: '[aria-live]' })).toBeInTheDocument();
    // The grid's tab stop, not the invisible input the browser would have focused.
    expect(character).toHaveFocus();

    await user.click(await openFirstCharacter(user));
    expect(screen.queryByText(note, { selector: 'p' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('changes nothing while disabled', async () => {
    const onValueChange = vi.fn();
    const { user, container } = renderPicker(
      <AvatarPicker defaultFilter="mine" disabled name="avatar" onValueChange={onValueChange} />,
    );
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    const trigger = within(grid).getByRole('button', { name: first!.name });
    expect(trigger).toBeDisabled();
    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(container.querySelector('[data-ap-root]')).toHaveAttribute('data-disabled');
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(0);
    expect(screen.getByRole('searchbox', { name: 'Search avatars' })).toBeDisabled();
    for (const toggle of within(grid).getAllByRole('button', { name: 'Favorite' })) {
      expect(toggle).toBeDisabled();
    }
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('never submits or selects an inactive defaultValue once its look is known', async () => {
    const { user } = renderPicker(
      <form aria-label="profile">
        <AvatarPicker
          defaultFilter="mine"
          name="avatar"
          required
          defaultValue={inactiveLook.avatar_id as LookId}
        />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'profile' }) as HTMLFormElement;
    // Not loaded yet: the id may be valid, so it is kept.
    expect(new FormData(form).get('avatar')).toBe(inactiveLook.avatar_id);
    await user.click(await screen.findByRole('button', { name: withInactive.character.name }));
    const cell = await screen.findByRole('gridcell', { name: `${inactiveLook.name} Unavailable` });
    expect(cell).toHaveAttribute('aria-selected', 'false');
    expect(new FormData(form).get('avatar')).toBe('');
    expect(form.checkValidity()).toBe(false);
  });

  it('drops the value when a refetch marks the chosen look inactive', async () => {
    const { user, queryClient } = renderPicker(
      <form aria-label="profile">
        <AvatarPicker defaultFilter="mine" name="avatar" required />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'profile' }) as HTMLFormElement;
    const cell = await openFirstCharacter(user);
    await user.click(cell);
    expect(new FormData(form).get('avatar')).toBe(activeLook.avatar_id);

    const key = avatarKeys.looks(first!.avatar_id as CharacterId);
    act(() =>
      queryClient.setQueryData<AvatarList<Look>>(key, (list) => ({
        ...list!,
        items: list!.items.map((look) =>
          look.id === activeLook.avatar_id ? { ...look, isActive: false } : look,
        ),
      })),
    );
    const unavailable = screen.getByRole('gridcell', { name: `${activeLook.name} Unavailable` });
    expect(unavailable).toHaveAttribute('aria-selected', 'false');
    expect(new FormData(form).get('avatar')).toBe('');
    expect(form.checkValidity()).toBe(false);
  });
});
