import { describe, expect, it, vi } from 'vitest';
import { PARSE_SLICE_ROWS, parseAvatar, parseAvatarList } from './parse-avatar';
import type { Avatar, Character } from './types';

const CHARACTER = {
  avatar_id: 'avat_01H3Z8G9YR3K2N5M6P7Q8W4T',
  name: 'Professional Avatar',
  preview_img_url: 'https://res.cloudinary.com/example/image/upload/v123/avatars/avatar1.png',
  parent_id: null,
  looks_count: 3,
  is_favorite: 1,
  is_public: 0,
  active: 1,
  created_at: '2024-01-15T10:30:00Z',
  updated_at: '2024-01-16T10:30:00Z',
};

const LOOK = {
  avatar_id: 'avat_01H3Z8G9YR3K2N5M6P7Q8W5A',
  name: 'Office look',
  preview_img_url: 'https://example.com/look.png',
  parent_id: CHARACTER.avatar_id,
  video_url: 'https://cdn.example.com/look.webm?sig=abc',
  is_favorite: 0,
  is_public: 1,
  active: 0,
  created_at: '2024-01-15T11:00:00Z',
  updated_at: '2024-01-15T11:00:00Z',
};

function parsed(row: unknown) {
  const result = parseAvatar(row);
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
  return result.avatar;
}

function refused(row: unknown) {
  const result = parseAvatar(row);
  if (result.ok) throw new Error('expected the row to be refused');
  return result;
}

describe('parseAvatar', () => {
  it('converts a character to the domain shape', () => {
    expect(parsed(CHARACTER)).toEqual({
      kind: 'character',
      id: CHARACTER.avatar_id,
      name: 'Professional Avatar',
      previewImageUrl: CHARACTER.preview_img_url,
      looksCount: 3,
      isFavorite: true,
      isPublic: false,
      isActive: true,
      createdAt: '2024-01-15T10:30:00Z',
      updatedAt: '2024-01-16T10:30:00Z',
    });
  });

  it('converts a look to the domain shape', () => {
    expect(parsed(LOOK)).toEqual({
      kind: 'look',
      id: LOOK.avatar_id,
      characterId: CHARACTER.avatar_id,
      name: 'Office look',
      previewImageUrl: 'https://example.com/look.png',
      videoUrl: LOOK.video_url,
      isFavorite: false,
      isPublic: true,
      isActive: false,
      createdAt: '2024-01-15T11:00:00Z',
      updatedAt: '2024-01-15T11:00:00Z',
    });
  });

  it('treats an absent parent_id as a character', () => {
    const { parent_id: _, ...row } = CHARACTER;
    expect(parsed(row).kind).toBe('character');
  });

  it('defaults optional fields', () => {
    const { looks_count: _l, active: _a, updated_at: _u, ...row } = CHARACTER;
    expect(parsed(row)).toMatchObject({
      looksCount: null,
      isActive: true,
      updatedAt: row.created_at,
    });
  });

  it('accepts booleans for flags', () => {
    expect(
      parsed({ ...CHARACTER, is_favorite: false, is_public: true, active: false }),
    ).toMatchObject({ isFavorite: false, isPublic: true, isActive: false });
  });

  it('keeps names as they are, however long or hostile', () => {
    const long = 'Ж'.repeat(10_000);
    const hostile = '<img src=x onerror=alert(1)>Bobby</b>';
    expect(parsed({ ...CHARACTER, name: long }).name).toBe(long);
    expect(parsed({ ...CHARACTER, name: hostile }).name).toBe(hostile);
    expect(parsed({ ...CHARACTER, name: '  Ana  ' }).name).toBe('  Ana  ');
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['relative', '/img/a.png'],
    ['non-string', 42],
    ['null', null],
  ])('drops a %s media URL without refusing the row', (_, url) => {
    expect(parsed({ ...CHARACTER, preview_img_url: url }).previewImageUrl).toBeNull();
    expect(parsed({ ...LOOK, video_url: url })).toMatchObject({ videoUrl: null });
  });

  it('has a null video when a look has none', () => {
    const { video_url: _, ...row } = LOOK;
    expect(parsed(row)).toMatchObject({ videoUrl: null });
  });

  it.each([
    ['avatar_id', { avatar_id: undefined }],
    ['avatar_id', { avatar_id: 42 }],
    ['avatar_id', { avatar_id: 'user_01' }],
    ['avatar_id', { avatar_id: 'avat_<script>' }],
  ])('refuses a bad %s without echoing it', (field, patch) => {
    const result = refused({ ...CHARACTER, ...patch });
    expect(result.reason).toContain(field);
    expect(result.avatarId).toBeNull();
  });

  it.each([
    ['name', { name: 42 }],
    ['name', { name: undefined }],
    ['name', { name: '   ' }],
    ['parent_id', { parent_id: 'nope' }],
    ['parent_id', { parent_id: 7 }],
    ['parent_id', { parent_id: CHARACTER.avatar_id }],
    ['looks_count', { looks_count: '3' }],
    ['looks_count', { looks_count: -1 }],
    ['looks_count', { looks_count: 1.5 }],
    ['is_favorite', { is_favorite: 'yes' }],
    ['is_favorite', { is_favorite: undefined }],
    ['is_favorite', { is_favorite: 2 }],
    ['is_public', { is_public: null }],
    ['active', { active: 'true' }],
    ['created_at', { created_at: undefined }],
    ['created_at', { created_at: 'yesterday' }],
    ['created_at', { created_at: '2024-01-15' }],
    ['created_at', { created_at: '2024-01-15T10:30:00Z\n' }],
    ['updated_at', { updated_at: 12 }],
  ])('refuses a bad %s and names the field', (field, patch) => {
    const result = refused({ ...CHARACTER, ...patch });
    expect(result.reason).toContain(field);
    expect(result.avatarId).toBe(CHARACTER.avatar_id);
  });

  it.each([
    '2024-01-15T10:30:00Z',
    '2024-01-15T10:30Z',
    '2024-01-15T10:30:00.123456Z',
    '2024-01-15T10:30:00+02:00',
    '2024-01-15T10:30:00-0530',
  ])('accepts the ISO 8601 date-time %s', (createdAt) => {
    const result = parseAvatar({ ...CHARACTER, created_at: createdAt, updated_at: createdAt });
    expect(result.ok && result.avatar.createdAt).toBe(createdAt);
  });

  it.each([null, undefined, 'row', 42, [CHARACTER]])('refuses a non-object row %j', (row) => {
    expect(refused(row)).toEqual({ ok: false, reason: 'row must be an object', avatarId: null });
  });

  it('ignores unknown and prototype-polluting fields', () => {
    const row = JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(CHARACTER).slice(1)}`);
    const avatar = parsed(row);
    expect(Object.keys(avatar)).not.toContain('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

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
