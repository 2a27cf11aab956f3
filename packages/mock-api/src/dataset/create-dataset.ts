import type { AvatarOwner, AvatarRecord } from './avatar-record';
import { createRandom, hashString, type Random } from './create-random';
import { decodeAvatarIdTime, encodeAvatarId } from './encode-avatar-id';
import { NAME_STYLES, pickCharacterName, pickLookName, pickNameStyle } from './pick-name';
import { toIsoSeconds } from './to-iso-seconds';

/** The seeded, immutable avatars of the fake. Per-user state (favorites, renames) lives elsewhere. */
export interface Dataset {
  /** The account's characters, newest first. */
  readonly ownCharacters: readonly AvatarRecord[];
  /** Public avatars: at most 100, newest first. */
  readonly publicPool: readonly AvatarRecord[];
  /** A character's looks, newest first; generated on first use. */
  looksOf(character: AvatarRecord): readonly AvatarRecord[];
  find(id: string): AvatarRecord | undefined;
}

const SECOND = 1000;
const DAY = 86_400 * SECOND;
const ANCHOR_MS = Date.UTC(2025, 5, 1);
const SPAN_MS = 3 * 365 * DAY;
const OTHERS_COUNT = 88;
const MAX_OWN_PUBLIC = 12;
const PUBLIC_LIMIT = 100;
const MAX_LOOKS = 8;
const LOOK_GAP_MIN_MS = 60 * SECOND;
const LOOK_GAP_MAX_MS = 6 * 3600 * SECOND;
const MAX_LOOK_OFFSET_MS = MAX_LOOKS * LOOK_GAP_MAX_MS;

const STREAMS = {
  account: { characters: 1, looks: 2 },
  others: { characters: 3, looks: 4 },
} as const;

const wholeSeconds = (ms: number) => Math.max(SECOND, Math.round(ms / SECOND) * SECOND);

export function createDataset(seed: string, characterCount: number): Dataset {
  const seedHash = hashString(seed);
  const ownCharacters = generateCharacters(seedHash, 'account', characterCount);
  const othersCharacters = generateCharacters(seedHash, 'others', OTHERS_COUNT);
  const publicPool = [...ownCharacters.filter((record) => record.isPublic), ...othersCharacters]
    .sort((a, b) => b.createdMs - a.createdMs)
    .slice(0, PUBLIC_LIMIT);

  const byId = new Map<string, AvatarRecord>();
  for (const record of ownCharacters) byId.set(record.id, record);
  for (const record of othersCharacters) byId.set(record.id, record);
  const looksByCharacter = new Map<string, readonly AvatarRecord[]>();

  const looksOf = (character: AvatarRecord): readonly AvatarRecord[] => {
    if (character.kind !== 'character') return [];
    let looks = looksByCharacter.get(character.id);
    if (!looks) {
      looks = generateLooks(seedHash, character);
      looksByCharacter.set(character.id, looks);
      for (const look of looks) byId.set(look.id, look);
    }
    return looks;
  };

  // A look id carries its creation time and looks are made within MAX_LOOK_OFFSET_MS of their
  // character, so only a few characters need their looks generated to resolve any look id.
  const generateLooksNear = (characters: readonly AvatarRecord[], timeMs: number) => {
    let low = 0;
    let high = characters.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((characters[middle] as AvatarRecord).createdMs >= timeMs) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < characters.length; index++) {
      const character = characters[index] as AvatarRecord;
      if (character.createdMs < timeMs - MAX_LOOK_OFFSET_MS) break;
      looksOf(character);
    }
  };

  const find = (id: string): AvatarRecord | undefined => {
    const known = byId.get(id);
    if (known) return known;
    const timeMs = decodeAvatarIdTime(id);
    if (timeMs === null) return undefined;
    generateLooksNear(ownCharacters, timeMs);
    generateLooksNear(othersCharacters, timeMs);
    return byId.get(id);
  };

  return { ownCharacters, publicPool, looksOf, find };
}

function generateCharacters(seedHash: number, owner: AvatarOwner, count: number): AvatarRecord[] {
  const records: AvatarRecord[] = [];
  const averageGapMs = SPAN_MS / Math.max(count, 1);
  let createdMs = ANCHOR_MS;
  let publicCount = 0;
  for (let index = 0; index < count; index++) {
    const random = createRandom(seedHash, STREAMS[owner].characters, index);
    createdMs -= wholeSeconds(averageGapMs * (0.25 + 1.5 * random()));
    const updatedMs = createdMs + wholeSeconds(random() * 30 * DAY);
    const publicRoll = random();
    const isPublic = owner === 'others' || (publicCount < MAX_OWN_PUBLIC && publicRoll < 0.1);
    if (owner === 'account' && isPublic) publicCount++;
    records.push({
      kind: 'character',
      id: encodeAvatarId(createdMs, random),
      name: pickCharacterName(characterNameStyle(seedHash, index, random), random),
      createdMs,
      createdAt: toIsoSeconds(createdMs),
      updatedAt: toIsoSeconds(updatedMs),
      parentId: null,
      owner,
      isPublic,
      active: true,
      omitsActive: random() < 0.1,
      omitsParentId: random() < 0.15,
      looksCount: Math.floor(random() * (MAX_LOOKS + 1)),
      hasVideo: false,
      favoriteRoll: random(),
      characterIndex: index,
    });
  }
  return records;
}

// The newest characters cycle through every name style so even a small dataset has them all.
function characterNameStyle(seedHash: number, index: number, random: Random) {
  if (index >= NAME_STYLES.length) return pickNameStyle(random);
  return NAME_STYLES[(index + seedHash) % NAME_STYLES.length] ?? 'plain';
}

function generateLooks(seedHash: number, character: AvatarRecord): AvatarRecord[] {
  const random = createRandom(seedHash, STREAMS[character.owner].looks, character.characterIndex);
  const looks: AvatarRecord[] = [];
  let createdMs = character.createdMs;
  for (let index = 0; index < character.looksCount; index++) {
    createdMs += wholeSeconds(LOOK_GAP_MIN_MS + random() * (LOOK_GAP_MAX_MS - LOOK_GAP_MIN_MS));
    const updatedMs = createdMs + wholeSeconds(random() * 7 * DAY);
    const active = random() >= 0.05;
    looks.push({
      kind: 'look',
      id: encodeAvatarId(createdMs, random),
      name: pickLookName(random),
      createdMs,
      createdAt: toIsoSeconds(createdMs),
      updatedAt: toIsoSeconds(updatedMs),
      parentId: character.id,
      owner: character.owner,
      isPublic: character.isPublic,
      active,
      omitsActive: active && random() < 0.1,
      omitsParentId: false,
      looksCount: 0,
      hasVideo: random() >= 0.1,
      favoriteRoll: random(),
      characterIndex: character.characterIndex,
    });
  }
  return looks.reverse();
}
