import type { MockApi } from '@avatar-picker/mock-api';
import type { CharacterId } from '../core/types';

/** A character of the fake's dataset that has looks, with how many it has. */
export function firstCharacterWithLooks(api: MockApi): { id: CharacterId; looksCount: number } {
  const row = api.listCharacters().find((character) => (character.looks_count ?? 0) > 0);
  if (row === undefined) throw new Error('the fake dataset has no character with looks');
  return { id: row.avatar_id as CharacterId, looksCount: row.looks_count ?? 0 };
}
