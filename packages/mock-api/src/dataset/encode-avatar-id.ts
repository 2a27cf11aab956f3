import type { Random } from './create-random';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const ULID_ID_PATTERN = /^avat_[0-9A-HJKMNP-TV-Z]{26}$/;

/** `avat_` + a ULID whose time part is `timeMs`, so ids sort and decode like real ones. */
export function encodeAvatarId(timeMs: number, random: Random): string {
  let time = '';
  let rest = timeMs;
  for (let index = 0; index < TIME_CHARS; index++) {
    time = CROCKFORD.charAt(rest % 32) + time;
    rest = Math.floor(rest / 32);
  }
  let entropy = '';
  for (let index = 0; index < RANDOM_CHARS; index++) {
    entropy += CROCKFORD.charAt(Math.floor(random() * 32));
  }
  return `avat_${time}${entropy}`;
}

/** The creation time a generated id carries, or null when the id is not `avat_` + ULID. */
export function decodeAvatarIdTime(id: string): number | null {
  if (!ULID_ID_PATTERN.test(id)) return null;
  let time = 0;
  for (const char of id.slice(5, 5 + TIME_CHARS)) time = time * 32 + CROCKFORD.indexOf(char);
  return time;
}
