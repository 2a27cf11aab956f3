import { charactersQueryOptions, publicAvatarsQueryOptions } from '@avatar-picker/hooks/query';
import { createAvatarClient } from '@avatar-picker/hooks/server';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { connection } from 'next/server';
import { avatarEnv } from './avatar-env';
import { AvatarForm } from './avatar-form';
import { QueryProvider } from './query-provider';

/**
 * Prefetches what the picker's default filter ('all') shows, so the first tiles are in the
 * server's HTML; the browser then reads the same cache entries through the proxy route.
 */
export default async function Page() {
  // Per request: the lists are the caller's, and `next build` must not bake one user's in.
  await connection();
  const { apiKey, upstream } = avatarEnv();
  const client = createAvatarClient({ baseUrl: upstream, headers: { 'x-api-key': apiKey } });
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchQuery(charactersQueryOptions(client)),
    queryClient.prefetchQuery(publicAvatarsQueryOptions(client)),
  ]);
  return (
    <main>
      <h1>Choose your avatar</h1>
      <QueryProvider>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <AvatarForm />
        </HydrationBoundary>
      </QueryProvider>
    </main>
  );
}
