import { describe, expect, it, vi } from 'vitest';
import { rejectionOf } from '../testing/rejection-of';
import { spyFetch } from '../testing/spy-fetch';
import { jsonResponse, wireCharacter, wireLook } from '../testing/wire-rows';
import { createAvatarClient, type FetchLike } from './create-avatar-client';
import type { CharacterId, LookId } from './types';

const CHARACTER_ID = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4T' as CharacterId;
const OTHER_ID = 'avat_01H3Z8G9YR3K2N5M6P7Q8W4Z' as CharacterId;
const LOOK_ID = 'avat_01H3Z8G9YR3K2N5M6P7Q8W5A' as LookId;

function clientAnswering(
  respond: () => Response,
  options: { headers?: HeadersInit; onSkippedRow?: () => void } = {},
) {
  const { fetch } = spyFetch(respond);
  return createAvatarClient({ baseUrl: 'https://api.test', fetch, ...options });
}

describe('createAvatarClient: successful responses', () => {
  it('returns parsed characters and reports skipped rows', async () => {
    const onSkippedRow = vi.fn();
    const client = clientAnswering(
      () =>
        jsonResponse({
          success: true,
          avatars: [
            wireCharacter(CHARACTER_ID),
            { ...wireCharacter(OTHER_ID), is_favorite: 'yes' },
            wireLook(LOOK_ID, CHARACTER_ID),
          ],
        }),
      { onSkippedRow },
    );
    const result = await client.listCharacters();
    expect(result.items.map((avatar) => avatar.id)).toEqual([CHARACTER_ID]);
    expect(result.skipped).toEqual([
      { index: 1, reason: expect.stringContaining('is_favorite'), avatarId: OTHER_ID },
      { index: 2, reason: expect.stringContaining('character'), avatarId: LOOK_ID },
    ]);
    expect(onSkippedRow.mock.calls.map(([row]) => row)).toEqual(result.skipped);
  });

  it('keeps only looks of the asked character', async () => {
    const client = clientAnswering(() =>
      jsonResponse({
        avatars: [
          wireLook(LOOK_ID, CHARACTER_ID),
          wireLook('avat_2', OTHER_ID),
          wireCharacter(OTHER_ID),
        ],
      }),
    );
    const result = await client.listLooks(CHARACTER_ID);
    expect(result.items).toEqual([expect.objectContaining({ id: LOOK_ID, kind: 'look' })]);
    expect(result.skipped.map((row) => row.index)).toEqual([1, 2]);
  });

  it('returns both kinds from listAll and listPublic', async () => {
    const body = {
      success: true,
      avatars: [wireCharacter(CHARACTER_ID), wireLook(LOOK_ID, CHARACTER_ID)],
    };
    const client = clientAnswering(() => jsonResponse(body));
    expect((await client.listAll()).items.map((avatar) => avatar.kind)).toEqual([
      'character',
      'look',
    ]);
    expect((await client.listPublic()).items.map((avatar) => avatar.kind)).toEqual([
      'character',
      'look',
    ]);
  });

  it('accepts a 204 answer to setFavorite', async () => {
    const client = clientAnswering(() => new Response(null, { status: 204 }));
    await expect(client.setFavorite(LOOK_ID, false)).resolves.toBeUndefined();
  });
});

describe('createAvatarClient: failures', () => {
  it.each([
    ['not JSON', () => new Response('<html>oops</html>', { status: 200 })],
    ['empty', () => new Response('', { status: 200 })],
    ['success false', () => jsonResponse({ success: false, avatars: [] })],
    ['avatars not an array', () => jsonResponse({ success: true, avatars: 'oops' })],
  ])('fails with invalid-response when the list body is %s', async (_, respond) => {
    expect((await rejectionOf(clientAnswering(respond).listCharacters())).kind).toBe(
      'invalid-response',
    );
  });

  it.each([
    ['an array', () => jsonResponse([true])],
    ['a failure flag', () => jsonResponse({ success: false })],
  ])('fails with invalid-response when a favorite answer is %s', async (_, respond) => {
    const error = await rejectionOf(clientAnswering(respond).setFavorite(LOOK_ID, true));
    expect(error.kind).toBe('invalid-response');
  });

  it('turns an error status into an AvatarApiError with its details', async () => {
    const client = clientAnswering(() =>
      jsonResponse(
        { error: 'Too many requests' },
        { status: 429, headers: { 'retry-after': '3' } },
      ),
    );
    expect(await rejectionOf(client.listCharacters())).toMatchObject({
      name: 'AvatarApiError',
      kind: 'rate-limited',
      status: 429,
      retryAfterMs: 3000,
      message: 'Too many requests',
    });
  });

  it('scrubs the API key it sent from error messages', async () => {
    const client = clientAnswering(
      () => jsonResponse({ error: 'Bad key sk_secret_42' }, { status: 401 }),
      { headers: { 'x-api-key': 'sk_secret_42' } },
    );
    const error = await rejectionOf(client.listCharacters());
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('Bad key [redacted]');
  });

  it('reports a fetch rejection as kind network', async () => {
    const fetch = vi.fn<FetchLike>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await rejectionOf(
      createAvatarClient({ baseUrl: 'https://api.test', fetch }).listAll(),
    );
    expect(error).toMatchObject({ kind: 'network', status: null });
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('reports a body that breaks mid-read as kind network', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.error(new TypeError('terminated'));
      },
    });
    const client = clientAnswering(() => new Response(body, { status: 200 }));
    expect((await rejectionOf(client.listCharacters())).kind).toBe('network');
  });

  it('reports an abort before the call without calling fetch', async () => {
    const { fetch } = spyFetch(() => jsonResponse({ avatars: [] }));
    const client = createAvatarClient({ baseUrl: 'https://api.test', fetch });
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(client.listCharacters({ signal: controller.signal }));
    expect(error.kind).toBe('aborted');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports an abort during the call as kind aborted and passes the signal on', async () => {
    const controller = new AbortController();
    const fetch = vi.fn<FetchLike>(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('The operation was aborted', 'AbortError')),
          );
        }),
    );
    const pending = createAvatarClient({ baseUrl: 'https://api.test', fetch }).listPublic({
      signal: controller.signal,
    });
    controller.abort();
    expect((await rejectionOf(pending)).kind).toBe('aborted');
    expect(fetch.mock.calls[0]?.[1]?.signal).toBe(controller.signal);
  });

  it('checks a long list in slices and stops with kind aborted when aborted between them', async () => {
    const controller = new AbortController();
    const rows = Array.from({ length: 5_000 }, (_, index) => wireCharacter(`avat_${index}`));
    const fetch = vi.fn<FetchLike>(async () => {
      // Lands after the body is read, before the second slice: the parse must stop there.
      setTimeout(() => controller.abort(), 0);
      return jsonResponse({ success: true, avatars: rows });
    });
    const client = createAvatarClient({ baseUrl: 'https://api.test', fetch });
    const pending = client.listCharacters({ signal: controller.signal });
    expect((await rejectionOf(pending)).kind).toBe('aborted');
    const whole = await client.listCharacters();
    expect(whole.items).toHaveLength(5_000);
  });
});
