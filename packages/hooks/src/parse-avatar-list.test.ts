import { describe, expect, it, vi } from 'vitest';
import { PARSE_SLICE_ROWS, parseAvatarList } from './parse-avatar-list';
import type { Avatar, Character } from './types';

const CHARACTERS = {
  accepts: (avatar: Avatar): avatar is Character => avatar.kind === 'character',
  rejection: 'expected a character',
};

const noPause = async () => undefined;

const row = (id: string, parent: string | null = null) => ({
  avatar_id: id,
  name: id,
  preview_img_url: 'https://example.com/a.png',
  parent_id: parent,
  is_favorite: 0,
  is_public: 0,
  created_at: '2024-01-01T00:00:00Z',
});

describe('parseAvatarList', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'ok'],
    ['success false', { success: false, avatars: [] }],
    ['no avatars', { success: true }],
    ['avatars not an array', { success: true, avatars: 'oops' }],
  ])('refuses an envelope that is %s', async (_, body) => {
    await expect(parseAvatarList(body, CHARACTERS, noPause)).rejects.toThrow(
      expect.objectContaining({ name: 'AvatarApiError', kind: 'invalid-response' }),
    );
  });

  it('keeps valid rows, reports bad and unwanted ones with their index', async () => {
    const result = await parseAvatarList(
      { success: true, avatars: [row('avat_1'), { name: 'no id' }, row('avat_3', 'avat_1')] },
      CHARACTERS,
      noPause,
    );
    expect(result.items.map((avatar) => avatar.id)).toEqual(['avat_1']);
    expect(result.skipped).toEqual([
      { index: 1, reason: expect.stringContaining('avatar_id'), avatarId: null },
      { index: 2, reason: 'expected a character', avatarId: 'avat_3' },
    ]);
  });

  it('accepts an envelope without a success flag', async () => {
    expect(await parseAvatarList({ avatars: [] }, CHARACTERS, noPause)).toEqual({
      items: [],
      skipped: [],
    });
  });
});

describe('parseAvatarList on long lists', () => {
  const rows = Array.from({ length: 2 * PARSE_SLICE_ROWS + 1 }, (_, index) =>
    index % 1000 === 7 ? { avatar_id: 'bad' } : row(`avat_${index}`),
  );
  const body = { success: true, avatars: rows };

  it('checks every row in order, pausing between slices', async () => {
    const between = vi.fn(async () => undefined);
    const list = await parseAvatarList(body, CHARACTERS, between);
    const valid = rows.flatMap((wire, index) => (index % 1000 === 7 ? [] : [wire.avatar_id]));
    expect(list.items.map((avatar) => avatar.id)).toEqual(valid);
    expect(list.skipped.map((skipped) => skipped.index)).toEqual([7, 1007, 2007, 3007]);
    expect(between).toHaveBeenCalledTimes(2);
  });

  it('never pauses for a list that fits one slice', async () => {
    const between = vi.fn(async () => undefined);
    await parseAvatarList({ success: true, avatars: [row('avat_1')] }, CHARACTERS, between);
    expect(between).not.toHaveBeenCalled();
  });

  it('stops when a pause throws, and refuses a bad envelope before any slice', async () => {
    const stop = new Error('aborted');
    await expect(parseAvatarList(body, CHARACTERS, async () => Promise.reject(stop))).rejects.toBe(
      stop,
    );
    await expect(parseAvatarList({ success: false }, CHARACTERS, vi.fn())).rejects.toThrow(
      expect.objectContaining({ kind: 'invalid-response' }),
    );
  });
});
