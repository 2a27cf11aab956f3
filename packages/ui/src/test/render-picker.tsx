import { type AvatarClient, AvatarClientProvider, createAvatarClient } from '@avatar-picker/hooks';
import {
  createMockApi,
  type Fault,
  type MockApi,
  type MockApiOptions,
} from '@avatar-picker/mock-api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent, { type Options as UserEventOptions } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';

export interface RenderPickerOptions extends MockApiOptions {
  faults?: Fault[];
  user?: UserEventOptions;
}

export interface PickerHarness {
  api: MockApi;
  client: AvatarClient;
  queryClient: QueryClient;
  /** Every request the picker sent to the fake API, as "METHOD path?query". */
  requests: string[];
}

export function createPickerHarness(options: RenderPickerOptions = {}): PickerHarness {
  const { faults = [], user: _user, ...apiOptions } = options;
  const api = createMockApi({ characters: 10, seed: 1, ...apiOptions });
  for (const fault of faults) api.faults.add(fault);
  const requests: string[] = [];
  const client = createAvatarClient({
    baseUrl: 'http://fake.test',
    fetch: (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      requests.push(`${request.method} ${url.pathname}${url.search}`);
      return api.fetch(request);
    },
    headers: { 'x-api-key': 'demo-key' },
  });
  const queryClient = new QueryClient();
  return { api, client, queryClient, requests };
}

export function PickerProviders({
  harness,
  children,
}: {
  harness: PickerHarness;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={harness.queryClient}>
      <AvatarClientProvider client={harness.client}>{children}</AvatarClientProvider>
    </QueryClientProvider>
  );
}

/** Renders `ui` against the in-process fake API with a fresh query cache. */
export function renderPicker(ui: ReactElement, options: RenderPickerOptions = {}) {
  const harness = createPickerHarness(options);
  const user = userEvent.setup(options.user);
  const result = render(ui, {
    wrapper: ({ children }) => <PickerProviders harness={harness}>{children}</PickerProviders>,
  });
  return { ...result, ...harness, user };
}
