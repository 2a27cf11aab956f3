import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryClient } from '../testing/create-memory-client';
import { AvatarClientProvider, useAvatarClient } from './avatar-client-provider';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('AvatarClientProvider', () => {
  it('gives the hooks the client it was handed', () => {
    const client = createMemoryClient([]);
    const { result } = renderHook(() => useAvatarClient(), {
      wrapper: ({ children }) => (
        <AvatarClientProvider client={client}>{children}</AvatarClientProvider>
      ),
    });
    expect(result.current).toBe(client);
  });

  it('builds one client from baseUrl, stable across renders, that calls that base URL', async () => {
    const fetch = vi.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response(JSON.stringify({ success: true, avatars: [] }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    const { result, rerender } = renderHook(() => useAvatarClient(), {
      wrapper: ({ children }) => (
        <AvatarClientProvider baseUrl="https://picker.test/api/avatars">
          {children}
        </AvatarClientProvider>
      ),
    });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    await expect(first.listCharacters()).resolves.toEqual({ items: [], skipped: [] });
    expect(String(fetch.mock.calls[0]?.[0])).toBe('https://picker.test/api/avatars/v1/avatars');
  });

  it('refuses both or neither of client and baseUrl', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const client = createMemoryClient([]);
    const both = { client, baseUrl: '/api' } as unknown as { client: typeof client };
    const neither = {} as { client: typeof client };
    for (const props of [both, neither]) {
      expect(() =>
        renderHook(() => useAvatarClient(), {
          wrapper: ({ children }) => (
            <AvatarClientProvider {...props}>{children}</AvatarClientProvider>
          ),
        }),
      ).toThrow(/exactly one of `client` or `baseUrl`/);
    }
  });
});

describe('useAvatarClient', () => {
  it('throws an error naming the hook and the provider when used without a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useAvatarClient())).toThrow(
      /useAvatarClient must be used inside <AvatarClientProvider/,
    );
  });
});
