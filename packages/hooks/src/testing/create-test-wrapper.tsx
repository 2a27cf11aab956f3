import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { AvatarClient } from '../core/types';
import { AvatarClientProvider } from '../react/avatar-client-provider';

interface TestProvidersProps {
  queryClient: QueryClient;
  client: AvatarClient;
  children: ReactNode;
}

function TestProviders({ queryClient, client, children }: TestProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <AvatarClientProvider client={client}>{children}</AvatarClientProvider>
    </QueryClientProvider>
  );
}

/** A fresh QueryClient and a `renderHook` wrapper around both providers. */
export function createTestWrapper(client: AvatarClient) {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestProviders queryClient={queryClient} client={client}>
      {children}
    </TestProviders>
  );
  return { queryClient, wrapper };
}
