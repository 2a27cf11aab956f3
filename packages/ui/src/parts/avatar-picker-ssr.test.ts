import { AvatarClientProvider, avatarKeys, createAvatarClient } from '@avatar-picker/hooks';
import { createMockApi } from '@avatar-picker/mock-api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AvatarPickerDialog } from '../dialog';
import { AvatarPicker } from '../index';

function renderOnServer(queryClient: QueryClient, element: ReturnType<typeof createElement>) {
  const api = createMockApi({ characters: 6 });
  const client = createAvatarClient({
    baseUrl: 'http://fake.test',
    fetch: api.fetch,
    headers: { 'x-api-key': 'demo-key' },
  });
  return renderToString(
    createElement(
      QueryClientProvider,
      { client: queryClient },
      createElement(AvatarClientProvider, { client }, element),
    ),
  );
}

describe('server rendering', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
  });

  it('renders the loading picker to a string', () => {
    const html = renderOnServer(new QueryClient(), createElement(AvatarPicker));
    expect(html).toContain('data-ap-root');
    expect(html).toContain('Loading avatars');
    expect(html).toContain('type="search"');
  });

  it('renders prefetched avatars as a grid with its first rows', async () => {
    const queryClient = new QueryClient();
    const api = createMockApi({ characters: 6 });
    const client = createAvatarClient({
      baseUrl: 'http://fake.test',
      fetch: api.fetch,
      headers: { 'x-api-key': 'demo-key' },
    });
    queryClient.setQueryData(avatarKeys.characters(), await client.listCharacters());
    queryClient.setQueryData(avatarKeys.public(), await client.listPublic());
    const html = renderOnServer(
      queryClient,
      createElement(AvatarPicker, { defaultFilter: 'mine' }),
    );
    expect(html).toContain('role="grid"');
    expect(html).toContain('role="gridcell"');
    expect(html).not.toContain('<video');
  });

  it('renders the dialog trigger', () => {
    const html = renderOnServer(new QueryClient(), createElement(AvatarPickerDialog));
    expect(html).toContain('Choose an avatar');
  });
});
