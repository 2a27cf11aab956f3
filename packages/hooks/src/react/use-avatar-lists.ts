'use client';

import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { AvatarApiError } from '../core/avatar-api-error';
import type { Avatar, AvatarList, Character, CharacterId, Look } from '../core/types';
import {
  allAvatarsQueryOptions,
  charactersQueryOptions,
  looksQueryOptions,
  publicAvatarsQueryOptions,
} from '../query/query-options';
import { useAvatarClient } from './avatar-client-provider';

/** The options every list hook accepts: whether to run, and a projection of the cached list. */
export interface AvatarQueryHookOptions<TList, TData = TList> {
  enabled?: boolean;
  select?: (list: TList) => TData;
}

/** The caller's characters, newest first. */
export function useCharacters<TData = AvatarList<Character>>(
  options: AvatarQueryHookOptions<AvatarList<Character>, TData> = {},
): UseQueryResult<TData, AvatarApiError> {
  const client = useAvatarClient();
  return useQuery({
    ...charactersQueryOptions(client),
    enabled: options.enabled,
    select: options.select,
  });
}

/** The looks of one character; `null` (no character expanded) fetches nothing. */
export function useLooks<TData = AvatarList<Look>>(
  characterId: CharacterId | null,
  options: AvatarQueryHookOptions<AvatarList<Look>, TData> = {},
): UseQueryResult<TData, AvatarApiError> {
  const client = useAvatarClient();
  return useQuery({
    ...looksQueryOptions(client, characterId),
    enabled: options.enabled,
    select: options.select,
  });
}

/** Public avatars (at most 100, newest first), with the caller's favorites. */
export function usePublicAvatars<TData = AvatarList<Avatar>>(
  options: AvatarQueryHookOptions<AvatarList<Avatar>, TData> = {},
): UseQueryResult<TData, AvatarApiError> {
  const client = useAvatarClient();
  return useQuery({
    ...publicAvatarsQueryOptions(client),
    enabled: options.enabled,
    select: options.select,
  });
}

/** Every character and look the caller can access, in one list. */
export function useAllAvatars<TData = AvatarList<Avatar>>(
  options: AvatarQueryHookOptions<AvatarList<Avatar>, TData> = {},
): UseQueryResult<TData, AvatarApiError> {
  const client = useAvatarClient();
  return useQuery({
    ...allAvatarsQueryOptions(client),
    enabled: options.enabled,
    select: options.select,
  });
}
