'use client';
import { type Look, type LookId, useAvatarById } from '@avatar-picker/hooks';
import { canPick, type PickerCuration } from './picker-store';

export interface ResolvedValue {
  /** The value the picker holds: the given id unless it is known to be unusable. */
  value: LookId | null;
  look: Look | null;
  /** The id names an avatar that is gone, not a look, inactive or locked. */
  unavailable: boolean;
}

/**
 * What a given look id turns out to be: from the cache when a list holds it, else through one
 * lookup. An id still resolving, or whose lookup failed, is kept: a slow or failing network must
 * not empty a saved choice.
 */
export function useResolvedValue(chosen: LookId | null, curation: PickerCuration): ResolvedValue {
  const { data: avatar } = useAvatarById(chosen);
  if (chosen === null || avatar === undefined)
    return { value: chosen, look: null, unavailable: false };
  const usable = avatar !== null && avatar.kind === 'look' && canPick(curation, avatar);
  return usable
    ? { value: chosen, look: avatar, unavailable: false }
    : { value: null, look: null, unavailable: true };
}
