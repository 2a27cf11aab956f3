'use client';
import { type Look, type LookId, useAvatarById } from '@avatar-picker/hooks';
import { isOffered, type PickerCuration } from './picker-store';

export interface ResolvedValue {
  /** The value the picker holds: the given id unless it is known to be unusable. */
  value: LookId | null;
  look: Look | null;
  /** The id names an avatar that is gone, not a look, inactive, locked or not offered. */
  unavailable: boolean;
  /** The lookup is still running; false once it failed, and the id is kept unnamed. */
  pending: boolean;
}

/**
 * What a given look id turns out to be: from the cache when a list holds it, else through one
 * lookup. An id still resolving, or whose lookup failed, is kept: a slow or failing network must
 * not empty a saved choice.
 */
export function useResolvedValue(chosen: LookId | null, curation: PickerCuration): ResolvedValue {
  const { data: avatar, isError } = useAvatarById(chosen);
  // filterCharacters checks the look's character, found as the look was; until it is known the
  // id stays unnamed, as one still resolving: a curated picker names nothing it cannot check.
  const parent = useAvatarById(
    curation.filterCharacters && avatar?.kind === 'look' ? avatar.characterId : null,
  );
  const character = parent.data;
  if (chosen === null || avatar === undefined || character === undefined)
    return {
      value: chosen,
      look: null,
      unavailable: false,
      pending: chosen !== null && !isError && !parent.isError,
    };
  const usable = avatar?.kind === 'look' && isOffered(curation, avatar, character);
  return usable
    ? { value: chosen, look: avatar, unavailable: false, pending: false }
    : { value: null, look: null, unavailable: true, pending: false };
}
