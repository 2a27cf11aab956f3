import { AvatarClientProvider } from '@avatar-picker/hooks';
import type { Decorator } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { STORY_API_BASE_PATH } from '../stories/mock-api-story';

function StoryProviders({ children }: { children: ReactNode }) {
  // One cache per mounted story: a story never sees data or errors another story left behind.
  // The default options keep the hooks' own retry policy, which is what a host app gets.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <AvatarClientProvider baseUrl={STORY_API_BASE_PATH}>{children}</AvatarClientProvider>
    </QueryClientProvider>
  );
}

/** Gives every story a fresh query cache and the avatar client of the story's fake API. */
export const withStoryProviders: Decorator = (Story, context) => (
  <StoryProviders key={context.id}>
    <Story />
  </StoryProviders>
);
