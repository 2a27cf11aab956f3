import type { QueryClient } from '@tanstack/react-query';
import { looksQueryOptions } from './query-options';
import type { AvatarClient, CharacterId } from './types';

/**
 * Warms the looks cache (on hover, or on the server before rendering); skips the request while
 * cached looks are fresh. Never rejects. Plain code, so server components can call it too.
 */
export function prefetchLooks(
  queryClient: QueryClient,
  client: AvatarClient,
  characterId: CharacterId,
): Promise<void> {
  return queryClient.prefetchQuery(looksQueryOptions(client, characterId));
}
