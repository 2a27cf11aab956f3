'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { createAvatarClient } from '../core/create-avatar-client';
import type { AvatarClient } from '../core/types';

export type AvatarClientProviderProps = { children?: ReactNode } & (
  | { client: AvatarClient; baseUrl?: never }
  | { baseUrl: string; client?: never }
);

const AvatarClientContext = createContext<AvatarClient | null>(null);

function resolveClient(client: AvatarClient | undefined, baseUrl: string | undefined) {
  if (client !== undefined && baseUrl === undefined) return client;
  if (client === undefined && baseUrl !== undefined) return createAvatarClient({ baseUrl });
  throw new TypeError('AvatarClientProvider needs exactly one of `client` or `baseUrl`.');
}

/**
 * Hands the avatar client to the hooks. The app keeps owning its `QueryClientProvider`, as with
 * any TanStack Query library, so caches are never duplicated.
 */
export function AvatarClientProvider({ client, baseUrl, children }: AvatarClientProviderProps) {
  // A client rebuilt on every render would give the hooks a new identity each time.
  const value = useMemo(() => resolveClient(client, baseUrl), [client, baseUrl]);
  return <AvatarClientContext.Provider value={value}>{children}</AvatarClientContext.Provider>;
}

export function useAvatarClient(): AvatarClient {
  const client = useContext(AvatarClientContext);
  if (client === null) {
    throw new Error(
      'useAvatarClient must be used inside <AvatarClientProvider client={...}> or <AvatarClientProvider baseUrl="...">.',
    );
  }
  return client;
}
