import type { Fault } from '@avatar-picker/mock-api';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { installGridLayout } from '../test/install-grid-layout';
import { renderPicker } from '../test/render-picker';
import { AvatarPicker } from './avatar-picker';

beforeAll(() => installGridLayout());
beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

// The hooks retry server, network and rate-limit failures twice before surfacing them.
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function renderWithFault(fault: Fault) {
  return renderPicker(<AvatarPicker defaultFilter="mine" />, {
    faults: [fault],
    user: { advanceTimers: vi.advanceTimersByTime },
  });
}

describe('AvatarPicker states', () => {
  it('shows a busy loading skeleton first', async () => {
    renderPicker(<AvatarPicker defaultFilter="mine" />, { latencyMs: 30 });
    const loading = screen.getByRole('status', { name: 'Loading avatars' });
    expect(loading).toHaveAttribute('aria-busy', 'true');
    await screen.findByRole('grid', { name: 'Avatars' });
    expect(screen.queryByRole('status', { name: 'Loading avatars' })).toBeNull();
  });

  it.each([
    [{ route: 'characters', status: 401 }, "The server's API key was refused."],
    [{ route: 'characters', status: 403 }, 'Access to these avatars was denied.'],
    [{ route: 'characters', status: 404, body: 'bare' }, 'The avatars could not be found.'],
    [{ route: 'characters', status: 400 }, 'The avatar service rejected the request.'],
    [{ route: 'characters', malformed: ['not-an-array'] }, 'could not be read'],
    [{ route: 'characters', status: 500, times: 3 }, 'Try again in a moment.'],
    [{ route: 'characters', status: 502, body: 'html', times: 3 }, 'Try again in a moment.'],
    [{ route: 'characters', network: true, times: 3 }, 'Check your connection.'],
  ] as const)('explains %o and retries on request', async (fault, copy) => {
    const { user } = renderWithFault(fault as Fault);
    await advance(10_000);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(copy);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('grid', { name: 'Avatars' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('counts a rate limit down from Retry-After and retries by itself', async () => {
    renderWithFault({ route: 'characters', status: 429, retryAfterSeconds: 5, times: 3 });
    await advance(10_000);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many requests — retrying in 5 s');
    await advance(2_000);
    expect(alert).toHaveTextContent('Too many requests — retrying in 3 s');
    await advance(3_000);
    expect(await screen.findByRole('grid', { name: 'Avatars' })).toBeVisible();
  });

  it('says it is waiting out a rate limit while the hooks retry, then shows the grid', async () => {
    renderWithFault({ route: 'characters', status: 429, retryAfterSeconds: 5, times: 1 });
    const waiting = await screen.findByRole('status', { name: 'Loading avatars' });
    await waitFor(() => expect(waiting).toHaveTextContent('Too many requests — retrying in 5 s'));
    expect(waiting).toHaveAttribute('data-state', 'waiting');
    expect(waiting).toHaveAttribute('aria-busy', 'false');
    expect(screen.queryByRole('grid')).toBeNull();
    await advance(2_000);
    expect(waiting).toHaveTextContent('Too many requests — retrying in 3 s');
    expect(screen.queryByRole('grid')).toBeNull();
    await advance(3_000);
    expect(await screen.findByRole('grid', { name: 'Avatars' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the grid working with hostile rows: bad rows skipped, text stays text', async () => {
    const { container } = renderWithFault({
      route: 'characters',
      malformed: [
        'javascript-url',
        'data-url',
        'html-name',
        'long-name',
        'wrong-types',
        'missing-fields',
      ],
    });
    const grid = await screen.findByRole('grid', { name: 'Avatars' });
    for (const image of container.querySelectorAll('img')) {
      expect(image.getAttribute('src')).toMatch(/^https?:\/\//);
    }
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(within(grid).getByText(/<img src=x onerror=alert\(1\)>/)).toBeVisible();
    const longName = [...grid.querySelectorAll<HTMLElement>('[data-ap-name]')].find(
      (name) => (name.textContent ?? '').length >= 10_000,
    );
    expect(longName).toHaveAttribute('title', longName?.textContent);
    expect(within(grid).getAllByRole('gridcell').length).toBeGreaterThanOrEqual(8);
  });
});
