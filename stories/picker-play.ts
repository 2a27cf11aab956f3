import type { WireAvatar } from '@avatar-picker/mock-api';
import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';

type PlayContext = Pick<StoryContext, 'canvas' | 'canvasElement' | 'userEvent'>;

/** Requests go through MSW and the fake; give them more than Testing Library's 1 s default. */
export const NETWORK_TIMEOUT = { timeout: 5000 };

/** The gridcell of an avatar, found by id because names may repeat or be hostile. */
export function cellOf(root: HTMLElement, avatarId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[role="gridcell"][data-ap-cell-key="${avatarId}"]`);
}

/** Waits until the grid renders the cell of an avatar. */
export function waitForCell(root: HTMLElement, avatarId: string): Promise<HTMLElement> {
  return waitFor(() => {
    const cell = cellOf(root, avatarId);
    if (cell === null) throw new Error(`The grid shows no cell for ${avatarId}`);
    return cell;
  }, NETWORK_TIMEOUT);
}

/**
 * Returns the button that expands a character; when the virtualized grid has not rendered it,
 * searches for its name first, as a user would.
 */
export async function revealCharacter(
  { canvas, canvasElement, userEvent }: PlayContext,
  character: WireAvatar,
): Promise<HTMLElement> {
  await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT);
  const visible = cellOf(canvasElement, character.avatar_id);
  if (visible !== null) return within(visible).getByRole('button', { name: character.name });
  const search = canvas.getByRole('searchbox', { name: 'Search avatars' });
  await userEvent.clear(search);
  // Pasting, not typing: names may be 10,000 characters long or contain user-event key syntax.
  await userEvent.paste(character.name);
  const cell = await waitForCell(canvasElement, character.avatar_id);
  return within(cell).getByRole('button', { name: character.name });
}

/** Expands a character and waits until its looks are listed. */
export async function expandCharacter(
  context: PlayContext,
  character: WireAvatar,
  looks: readonly WireAvatar[],
): Promise<void> {
  const trigger = await revealCharacter(context, character);
  await context.userEvent.click(trigger);
  await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  const [first] = looks;
  if (first !== undefined) await waitForCell(context.canvasElement, first.avatar_id);
}

/** The picker's polite live region, where results, favorites and failures are announced. */
export function liveRegion(root: HTMLElement): HTMLElement {
  const region = root.querySelector<HTMLElement>(
    '[data-ap-root] [role="status"][aria-live="polite"]',
  );
  if (region === null) throw new Error('The picker has no polite live region');
  return region;
}
