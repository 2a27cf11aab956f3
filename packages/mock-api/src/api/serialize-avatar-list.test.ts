import { describe, expect, it } from 'vitest';
import { createDataset } from '../dataset/create-dataset';
import { createAvatarState } from '../state/create-avatar-state';
import { prepareAvatarRows, serializeAvatarList } from './serialize-avatar-list';
import { toWireAvatar } from './to-wire-avatar';

describe('serializeAvatarList', () => {
  it('writes exactly the JSON of toWireAvatar rows, edits and video URLs included', () => {
    const dataset = createDataset('5', 60);
    const state = createAvatarState();
    const records = dataset.ownCharacters.flatMap((character) => [
      character,
      ...dataset.looksOf(character),
    ]);
    const prepared = prepareAvatarRows(records, state);
    const [first, second] = records;
    state.edit(first?.id ?? '', { name: 'He said "hi" \\ <b>' }, Date.UTC(2031, 1, 1));
    state.setFavorite('user_demo', second?.id ?? '', true);
    const videoUrls = new Map(
      records
        .filter((record) => record.hasVideo)
        .map((record) => [record.id, `https://x.test/media/video/${record.id}.webm?sig="a"`]),
    );
    const context = { state, userId: 'user_demo', mediaBase: 'https://x.test/base', videoUrls };
    const expected = JSON.stringify({
      success: true,
      avatars: records.map((record) => toWireAvatar(record, context)),
    });
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    expect(decode(serializeAvatarList(records, context, prepared))).toBe(expected);
    expect(decode(serializeAvatarList(records, context))).toBe(expected);
    const withoutVideo = { ...context, videoUrls: undefined };
    expect(decode(serializeAvatarList(records, withoutVideo, prepared))).toBe(
      JSON.stringify({
        success: true,
        avatars: records.map((record) => toWireAvatar(record, withoutVideo)),
      }),
    );
    expect(
      JSON.parse(decode(serializeAvatarList(records, context, prepared))).avatars[0].name,
    ).toBe('He said "hi" \\ <b>');
  });
});
