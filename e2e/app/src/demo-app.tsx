import { AvatarClientProvider, type LookId } from '@avatar-picker/hooks';
import { AvatarPicker } from '@avatar-picker/ui';
import { AvatarPickerDialog } from '@avatar-picker/ui/dialog';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { DemoTheme } from './read-theme';

export interface DemoAppProps {
  theme: DemoTheme | null;
}

/**
 * The picker as an app would use it: behind its own same-origin proxy, once in a dialog and once
 * inline, both bound to the same chosen look.
 */
export function DemoApp({ theme }: DemoAppProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [lookId, setLookId] = useState<LookId | null>(null);
  const nextTheme = theme === 'dark' ? 'light' : 'dark';

  return (
    <QueryClientProvider client={queryClient}>
      <AvatarClientProvider baseUrl="/api/avatars">
        <main className="demo">
          <header className="demo-header">
            <h1>avatar-picker</h1>
            <a href={`?theme=${nextTheme}`}>Switch to {nextTheme} theme</a>
          </header>
          <p>
            <output data-testid="selected-look-id">Selected look id: {lookId ?? 'none'}</output>
          </p>
          <section aria-labelledby="dialog-heading">
            <h2 id="dialog-heading">In a dialog</h2>
            <AvatarPickerDialog value={lookId} onValueChange={setLookId} />
          </section>
          <section aria-labelledby="inline-heading">
            <h2 id="inline-heading">Inline</h2>
            <AvatarPicker value={lookId} onValueChange={setLookId} />
          </section>
        </main>
      </AvatarClientProvider>
    </QueryClientProvider>
  );
}
