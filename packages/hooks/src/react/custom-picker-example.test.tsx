import {
  type CharacterId,
  type Look,
  type LookId,
  useAvatars,
  useFavorite,
  useLooks,
} from '@avatar-picker/hooks';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { createTestWrapper } from '../testing/create-test-wrapper';
import { firstCharacterWithLooks } from '../testing/first-character-with-looks';

// The custom picker of packages/hooks/README.md, verbatim down to the tests.
type OnPick = (lookId: LookId) => void;

function LookItem({ look, onPick }: { look: Look; onPick: OnPick }) {
  const { isFavorite, toggle } = useFavorite(look.id);
  return (
    <li>
      <button type="button" disabled={!look.isActive} onClick={() => onPick(look.id)}>
        {look.name}
      </button>
      <button
        type="button"
        aria-label="Favorite"
        aria-pressed={isFavorite === true}
        onClick={toggle}
      >
        ★
      </button>
    </li>
  );
}

function Looks({ characterId, onPick }: { characterId: CharacterId; onPick: OnPick }) {
  const { data, error } = useLooks(characterId);
  if (error !== null) return <p role="alert">{error.message}</p>;
  return (
    <ul>
      {data?.items.map((look) => (
        <LookItem key={look.id} look={look} onPick={onPick} />
      ))}
    </ul>
  );
}

export function CustomPicker({ onPick }: { onPick: OnPick }) {
  const avatars = useAvatars({ filter: 'all' });
  const [open, setOpen] = useState<CharacterId | null>(null);
  if (avatars.status === 'error') return <p role="alert">{avatars.error.message}</p>;
  if (avatars.status === 'pending') return <p>Loading…</p>;
  return (
    <ul>
      {avatars.characters.map((character) => (
        <li key={character.id}>
          <button type="button" onClick={() => setOpen(character.id)}>
            {character.name}
          </button>
          {open === character.id && <Looks characterId={character.id} onPick={onPick} />}
        </li>
      ))}
    </ul>
  );
}

describe('the README custom picker', () => {
  it('lists characters, opens one, favorites a look and picks it, on the hooks alone', async () => {
    const { api, client } = createFakeApiClient();
    const character = firstCharacterWithLooks(api);
    const characterName = api.listCharacters().find((row) => row.avatar_id === character.id)?.name;
    const [look] = api.listLooks(character.id);
    if (characterName === undefined || look === undefined) throw new Error('fixture changed');
    const { wrapper } = createTestWrapper(client);
    const onPick = vi.fn();
    const user = userEvent.setup();
    render(<CustomPicker onPick={onPick} />, { wrapper });

    // A public character may share the name; the caller's own come first under 'all'. By text:
    // naming each of the hundred-odd buttons for a role query takes seconds in jsdom.
    const [own] = await screen.findAllByText(characterName, { selector: 'button' });
    if (own === undefined) throw new Error(`no button for ${characterName}`);
    await user.click(own);
    const characterItem = own.closest('li')!;
    const pick = await within(characterItem).findByRole('button', { name: look.name });
    const row = pick.closest('li')!;

    const star = within(row).getByRole('button', { name: 'Favorite' });
    const wasFavorite = look.is_favorite === 1;
    expect(star.getAttribute('aria-pressed')).toBe(String(wasFavorite));
    await user.click(star);
    expect(star.getAttribute('aria-pressed')).toBe(String(!wasFavorite));

    await user.click(pick);
    expect(onPick).toHaveBeenCalledWith(look.avatar_id);
  });
});
