import { hashString } from '../dataset/create-random';
import { clips } from './clips';

const decoded = new Map<number, Uint8Array>();

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The clip a look plays, chosen by its id so a look always shows the same video. Decoded once. */
export function clipBytes(lookId: string): { bytes: Uint8Array; clipIndex: number } {
  const clipIndex = hashString(lookId) % clips.length;
  let bytes = decoded.get(clipIndex);
  if (!bytes) {
    bytes = decodeBase64(clips[clipIndex] as string);
    decoded.set(clipIndex, bytes);
  }
  return { bytes, clipIndex };
}
