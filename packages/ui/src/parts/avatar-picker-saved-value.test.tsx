import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AvatarPickerDialog } from '../dialog/avatar-picker-dialog';
import { getAnnouncer } from '../test/get-announcer';
import { installGridLayout } from '../test/install-grid-layout';
import { createPickerHarness, renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout());

const CHARACTERS = 120;
const demo = createPickerHarness({ characters: CHARACTERS }).api;
const own = demo.listCharacters('user_demo');
// The account's oldest character: the last tile of Mine, far below the first screen.
const last = own.at(-1)!;
const lastLooks = demo.listLooks(last.avatar_id, 'user_demo');
const savedLook = lastLooks.find((look) => look.active !== 0)!;
const inactiveLook = own
  .flatMap((character) => demo.listLooks(character.avatar_id, 'user_demo'))
  .find((look) => look.active === 0)!;
const UNKNOWN_LOOK = 'avat_01ZZZZZZZZZZZZZZZZZZZZZZZZ';
const UNAVAILABLE = 'Your saved avatar is no longer available. Choose another one.';

function formValue(container: HTMLElement) {
  return container.querySelector<HTMLInputElement>('input[name="look"]')?.value;
}

describe('a saved value', () => {
  it('says a look is held while its lookup runs, and is no longer busy once it failed', async () => {
    const { container } = renderPicker(
      <AvatarPickerDialog defaultValue={UNKNOWN_LOOK} name="look" />,
      {
        characters: CHARACTERS,
        // A 403 is not retried: the lookup fails at once.
        faults: [{ route: 'all', status: 403, times: Number.POSITIVE_INFINITY }],
      },
    );
    const trigger = screen.getByRole('button', { name: 'Your saved avatar' });
    expect(trigger).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(trigger).not.toHaveAttribute('aria-busy'));
    // A failing network never drops the saved choice: the form still sends it.
    expect(trigger).toHaveAccessibleName('Your saved avatar');
    expect(trigger).not.toHaveAttribute('data-placeholder');
    expect(formValue(container)).toBe(UNKNOWN_LOOK);
    expect(screen.queryByText(UNAVAILABLE, { selector: 'p' })).toBeNull();
  });

  it('names the saved look on the dialog trigger before any character was opened', async () => {
    renderPicker(<AvatarPickerDialog defaultValue={savedLook.avatar_id} name="look" />, {
      characters: CHARACTERS,
    });
    expect(
      await screen.findByRole(
        'button',
        { name: `Avatar: ${last.name} · ${savedLook.name}` },
        { timeout: 4000 },
      ),
    ).toBeVisible();
    expect(screen.queryByText(UNAVAILABLE, { selector: 'p' })).toBeNull();
  });

  it('marks and reveals the character holding it in the inline picker', async () => {
    const { container, requests } = renderPicker(
      <AvatarPicker defaultFilter="mine" defaultValue={savedLook.avatar_id} name="look" />,
      { characters: CHARACTERS },
    );
    const trigger = await screen.findByRole(
      'button',
      {
        name: last.name,
        description: /Holds your chosen look/,
      },
      { timeout: 4000 },
    );
    const tile = trigger.closest('[data-ap-cell]');
    expect(tile).toHaveAttribute('data-has-selection', '');
    // Revealed, not focused: the user has not moved into the grid yet.
    expect(trigger).toHaveAttribute('tabindex', '0');
    expect(trigger).not.toHaveFocus();
    expect(container.querySelectorAll('[data-has-selection]')).toHaveLength(1);
    expect(formValue(container)).toBe(savedLook.avatar_id);
    // One lookup answered for an own look: the account's list, requested once.
    expect(requests.filter((request) => request.includes('characters_only=false'))).toHaveLength(1);
  });

  it('reveals the new holder when the host changes the value', { timeout: 10_000 }, async () => {
    // The host restores another saved look later (a profile switch): the account's oldest,
    // far below the first screen.
    const first = own[0]!;
    const firstLook = demo
      .listLooks(first.avatar_id, 'user_demo')
      .find((look) => look.active !== 0)!;
    const { rerender } = renderPicker(
      <AvatarPicker defaultFilter="mine" value={firstLook.avatar_id} name="look" />,
      { characters: CHARACTERS },
    );
    await screen.findByRole(
      'button',
      { name: first.name, description: /Holds your chosen look/ },
      { timeout: 4000 },
    );
    rerender(<AvatarPicker defaultFilter="mine" value={savedLook.avatar_id} name="look" />);
    const trigger = await screen.findByRole(
      'button',
      { name: last.name, description: /Holds your chosen look/ },
      { timeout: 4000 },
    );
    await waitFor(() => expect(trigger).toHaveAttribute('tabindex', '0'));
    expect(trigger).not.toHaveFocus();
  });

  it.each([
    ['no longer exists', UNKNOWN_LOOK],
    ['is inactive', () => inactiveLook.avatar_id],
  ])(
    'empties the value and says so once when the look %s',
    { timeout: 10_000 },
    async (_case, id) => {
      const onValueChange = vi.fn();
      const lookId = typeof id === 'function' ? id() : id;
      const { container } = renderPicker(
        <AvatarPicker defaultValue={lookId} onValueChange={onValueChange} name="look" />,
        { characters: CHARACTERS },
      );
      expect(
        await screen.findByText(UNAVAILABLE, { selector: 'p' }, { timeout: 4000 }),
      ).toBeVisible();
      await waitFor(() => expect(getAnnouncer()).toHaveTextContent(UNAVAILABLE));
      expect(formValue(container)).toBe('');
      expect(onValueChange).not.toHaveBeenCalled();
      expect(container.querySelector('[data-has-selection]')).toBeNull();
    },
  );

  it('keeps the value when the lookup fails: a network error does not lose a saved choice', async () => {
    const { container } = renderPicker(<AvatarPicker defaultValue={UNKNOWN_LOOK} name="look" />, {
      characters: CHARACTERS,
      faults: [{ route: 'all', status: 500, times: Number.POSITIVE_INFINITY }],
    });
    await screen.findAllByRole('gridcell', {}, { timeout: 4000 });
    expect(screen.queryByText(UNAVAILABLE, { selector: 'p' })).toBeNull();
    expect(formValue(container)).toBe(UNKNOWN_LOOK);
  });

  it('does not look up anything when there is no value', async () => {
    const { requests } = renderPicker(<AvatarPicker />, { characters: CHARACTERS });
    await screen.findAllByRole('gridcell', {}, { timeout: 4000 });
    expect(requests.some((request) => request.includes('characters_only=false'))).toBe(false);
  });
});
