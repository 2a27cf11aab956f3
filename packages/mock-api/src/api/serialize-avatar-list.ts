import type { AvatarRecord } from '../dataset/avatar-record';
import type { AvatarState } from '../state/create-avatar-state';
import type { WireContext } from './to-wire-avatar';

/** A row's JSON around the parts that vary per response: media origin, video URL, favorite. */
interface RowFragments {
  /** `{"avatar_id":…,"name":…,"preview_img_url":"` */
  head: string;
  /** `/media/image/ID.svg"` plus `parent_id` / `looks_count` when present. */
  middle: string;
  /** `,"is_public":…` through the closing brace. */
  tail: string;
}

/** The seed-state fragments of a fixed list, UTF-8 encoded back to back in one buffer. */
export interface PreparedRows {
  records: readonly AvatarRecord[];
  bytes: Uint8Array;
  /** Per record: start of head, middle, tail, and end, as byte offsets into `bytes`. */
  offsets: Uint32Array;
}

const encoder = new TextEncoder();
const jsonStringContent = (value: string) => JSON.stringify(value).slice(1, -1);
const LIST_START = encoder.encode('{"success":true,"avatars":[');
const LIST_END = encoder.encode(']}');
const COMMA = 44;
const FAVORITE = [encoder.encode(',"is_favorite":0'), encoder.encode(',"is_favorite":1')] as const;

function fragmentsOf(record: AvatarRecord, state: AvatarState): RowFragments {
  let middle = `/media/image/${jsonStringContent(record.id)}.svg"`;
  if (!record.omitsParentId) {
    middle += `,"parent_id":${record.parentId === null ? 'null' : JSON.stringify(record.parentId)}`;
  }
  if (record.kind === 'character') middle += `,"looks_count":${record.looksCount}`;
  let tail = `,"is_public":${record.isPublic ? 1 : 0}`;
  if (!record.omitsActive) tail += `,"active":${record.active ? 1 : 0}`;
  tail += `,"created_at":"${record.createdAt}","updated_at":"${state.updatedAtOf(record)}"}`;
  return {
    head: `{"avatar_id":${JSON.stringify(record.id)},"name":${JSON.stringify(state.nameOf(record))},"preview_img_url":"`,
    middle,
    tail,
  };
}

/**
 * Encodes the fixed JSON of a list once, at startup, so a 100,000-character list is answered by
 * copying bytes instead of building and encoding 30 MB of strings per request.
 */
export function prepareAvatarRows(
  records: readonly AvatarRecord[],
  state: AvatarState,
): PreparedRows {
  const fragments = records.map((record) => fragmentsOf(record, state));
  let capacity = 0;
  for (const { head, middle, tail } of fragments) {
    capacity += (head.length + middle.length + tail.length) * 3;
  }
  const buffer = new Uint8Array(capacity);
  const offsets = new Uint32Array(records.length * 4);
  let offset = 0;
  fragments.forEach(({ head, middle, tail }, index) => {
    offsets[index * 4] = offset;
    offset += encoder.encodeInto(head, buffer.subarray(offset)).written;
    offsets[index * 4 + 1] = offset;
    offset += encoder.encodeInto(middle, buffer.subarray(offset)).written;
    offsets[index * 4 + 2] = offset;
    offset += encoder.encodeInto(tail, buffer.subarray(offset)).written;
    offsets[index * 4 + 3] = offset;
  });
  return { records, bytes: buffer.slice(0, offset), offsets };
}

/**
 * `{"success":true,"avatars":[...]}` as UTF-8. Exactly the JSON of `toWireAvatar` rows (a test
 * holds them equal). Rows of `prepared` that are unedited and have no video are copied as bytes;
 * every other row is written from its fragments.
 */
export function serializeAvatarList(
  records: readonly AvatarRecord[],
  context: WireContext,
  prepared?: PreparedRows,
): Uint8Array<ArrayBuffer> {
  const { state, userId, videoUrls } = context;
  const baseText = jsonStringContent(context.mediaBase);
  const base = encoder.encode(baseText);
  const table = prepared?.records === records ? prepared : undefined;
  const written: Array<Uint8Array | null> = new Array(records.length);
  const favorites = new Uint8Array(records.length);
  let size = LIST_START.length + LIST_END.length + Math.max(0, records.length - 1);
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as AvatarRecord;
    favorites[index] = state.isFavorite(userId, record) ? 1 : 0;
    const videoUrl = videoUrls?.get(record.id);
    if (table && videoUrl === undefined && !state.isEdited(record.id)) {
      written[index] = null;
      size += table.offsets[index * 4 + 3]! - table.offsets[index * 4]! + base.length;
      size += FAVORITE[0].length;
      continue;
    }
    const { head, middle, tail } = fragmentsOf(record, state);
    const video = videoUrl === undefined ? '' : `,"video_url":${JSON.stringify(videoUrl)}`;
    const row = encoder.encode(
      `${head}${baseText}${middle}${video},"is_favorite":${favorites[index]}${tail}`,
    );
    written[index] = row;
    size += row.length;
  }

  const output = new Uint8Array(size);
  output.set(LIST_START, 0);
  let offset = LIST_START.length;
  for (let index = 0; index < records.length; index++) {
    if (index > 0) output[offset++] = COMMA;
    const row = written[index];
    if (row) {
      output.set(row, offset);
      offset += row.length;
      continue;
    }
    const { bytes, offsets } = table!;
    const head = offsets[index * 4]!;
    const middle = offsets[index * 4 + 1]!;
    const tail = offsets[index * 4 + 2]!;
    const end = offsets[index * 4 + 3]!;
    output.set(bytes.subarray(head, middle), offset);
    offset += middle - head;
    output.set(base, offset);
    offset += base.length;
    output.set(bytes.subarray(middle, tail), offset);
    offset += tail - middle;
    const favorite = FAVORITE[favorites[index] as 0 | 1];
    output.set(favorite, offset);
    offset += favorite.length;
    output.set(bytes.subarray(tail, end), offset);
    offset += end - tail;
  }
  output.set(LIST_END, offset);
  return output;
}
