import { createMockApi, type MockApiOptions } from '@avatar-picker/mock-api';
import { vi } from 'vitest';
import { createAvatarClient } from '../core/create-avatar-client';

/**
 * The real client talking to the in-process fake API, with the fake's `fetch` wrapped in a spy
 * so tests can count network requests.
 */
export function createFakeApiClient(
  options: MockApiOptions = {},
  apiKey: string | null = 'demo-key',
) {
  const api = createMockApi(options);
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => api.fetch(input, init));
  const client = createAvatarClient({
    baseUrl: 'http://fake.test',
    fetch,
    headers: apiKey === null ? {} : { 'x-api-key': apiKey },
  });
  const requestsTo = (pathAndQuery: string) =>
    fetch.mock.calls.filter(([input]) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return `${url.pathname}${url.search}` === pathAndQuery;
    }).length;
  return { api, client, fetch, requestsTo };
}
