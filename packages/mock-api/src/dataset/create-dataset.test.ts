import { describe, expect, it } from 'vitest';
import type { AvatarRecord } from './avatar-record';
import { createDataset } from './create-dataset';
import { decodeAvatarIdTime } from './encode-avatar-id';

const ID_PATTERN = /^avat_[0-9A-HJKMNP-TV-Z]{26}$/;
const isNewestFirst = (records: readonly AvatarRecord[]) =>
  records.every(
    (record, index) => index === 0 || (records[index - 1]?.createdMs ?? 0) >= record.createdMs,
  );

describe('createDataset', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const first = createDataset('7', 50);
    const again = createDataset('7', 50);
    const other = createDataset('8', 50);
    expect(again.ownCharacters).toEqual(first.ownCharacters);
    const character = first.ownCharacters.find((record) => record.looksCount > 0) as AvatarRecord;
    expect(again.looksOf(again.find(character.id) as AvatarRecord)).toEqual(
      first.looksOf(character),
    );
    expect(other.ownCharacters.map((record) => record.id)).not.toEqual(
      first.ownCharacters.map((record) => record.id),
    );
  });

  it('makes the requested number of characters, newest first, with 0 to 8 looks each', () => {
    const dataset = createDataset('1', 400);
    expect(dataset.ownCharacters).toHaveLength(400);
    expect(isNewestFirst(dataset.ownCharacters)).toBe(true);
    const counts = new Set(dataset.ownCharacters.map((record) => record.looksCount));
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBe(8);
    for (const character of dataset.ownCharacters.slice(0, 50)) {
      const looks = dataset.looksOf(character);
      expect(looks).toHaveLength(character.looksCount);
      expect(isNewestFirst(looks)).toBe(true);
      expect(looks.every((look) => look.parentId === character.id)).toBe(true);
      expect(looks.every((look) => look.createdMs > character.createdMs)).toBe(true);
    }
  });

  it('gives ids of avat_ + ULID whose time part is created_at, all unique', () => {
    const dataset = createDataset('1', 300);
    const records = dataset.ownCharacters.flatMap((character) => [
      character,
      ...dataset.looksOf(character),
    ]);
    const ids = new Set<string>();
    for (const record of records) {
      expect(record.id).toMatch(ID_PATTERN);
      expect(decodeAvatarIdTime(record.id)).toBe(record.createdMs);
      expect(Date.parse(record.createdAt)).toBe(record.createdMs);
      expect(Date.parse(record.updatedAt)).toBeGreaterThanOrEqual(record.createdMs);
      ids.add(record.id);
    }
    expect(ids.size).toBe(records.length);
  });

  it('has about 5 % inactive looks, 10 % looks without video and some omitted fields', () => {
    const dataset = createDataset('1', 2000);
    const looks = dataset.ownCharacters.flatMap((character) => dataset.looksOf(character));
    expect(looks.length).toBeGreaterThan(5000);
    const ratio = (predicate: (record: AvatarRecord) => boolean, records = looks) =>
      records.filter(predicate).length / records.length;
    expect(ratio((look) => !look.active)).toBeGreaterThan(0.03);
    expect(ratio((look) => !look.active)).toBeLessThan(0.07);
    expect(ratio((look) => !look.hasVideo)).toBeGreaterThan(0.08);
    expect(ratio((look) => !look.hasVideo)).toBeLessThan(0.12);
    expect(looks.some((look) => look.omitsActive)).toBe(true);
    expect(looks.every((look) => !look.omitsParentId)).toBe(true);
    expect(looks.every((look) => look.active || !look.omitsActive)).toBe(true);
    expect(ratio((record) => record.omitsParentId, [...dataset.ownCharacters])).toBeGreaterThan(
      0.05,
    );
  });

  it('has short, long, non-Latin and accented names even in a small dataset', () => {
    const names = createDataset('3', 24).ownCharacters.map((record) => record.name);
    expect(names.some((name) => name.length <= 3)).toBe(true);
    expect(names.some((name) => name.length >= 60)).toBe(true);
    expect(
      names.some((name) =>
        /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0370-\u03ff\u0590-\u05ff]/.test(
          name,
        ),
      ),
    ).toBe(true);
    expect(names.some((name) => name.normalize('NFD') !== name && /[a-z]/i.test(name))).toBe(true);
  });

  it('builds a public pool of at most 100, newest first, mostly from other users', () => {
    const dataset = createDataset('1', 1000);
    expect(dataset.publicPool.length).toBeLessThanOrEqual(100);
    expect(isNewestFirst(dataset.publicPool)).toBe(true);
    expect(dataset.publicPool.every((record) => record.isPublic)).toBe(true);
    const own = dataset.publicPool.filter((record) => record.owner === 'account').length;
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(dataset.publicPool.length / 4);
    expect(createDataset('1', 0).publicPool.every((record) => record.owner === 'others')).toBe(
      true,
    );
  });

  it('finds any look by id without having listed it first', () => {
    const source = createDataset('1', 5000);
    const character = source.ownCharacters[4321] as AvatarRecord;
    const look = source.looksOf(character)[0];
    const other = source.publicPool.find(
      (record) => record.owner === 'others' && record.looksCount > 0,
    );
    const otherLook = source.looksOf(other as AvatarRecord)[0];
    const fresh = createDataset('1', 5000);
    expect(fresh.find(look?.id ?? '')).toEqual(look);
    expect(fresh.find(otherLook?.id ?? '')).toEqual(otherLook);
    expect(fresh.find('avat_01H3Z8G9YR3K2N5M6P7Q8W4TAB')).toBeUndefined();
    expect(fresh.find('bogus')).toBeUndefined();
  });
});
