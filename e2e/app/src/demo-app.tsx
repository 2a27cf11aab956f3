import { AvatarClientProvider, type Look, type LookId, toLookId } from '@avatar-picker/hooks';
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
/**
 * `?lock=even` plays a product rule: looks with an even-length name need a "Pro plan".
 * `?value=<id>` starts with a saved look, as a settings page would.
 */
const params = new URLSearchParams(window.location.search);
const lockEven =
  params.get('lock') === 'even'
    ? (look: Look) => (look.name.length % 2 === 0 ? 'Pro plan' : null)
    : undefined;

export function DemoApp({ theme }: DemoAppProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [lookId, setLookId] = useState<LookId | null>(() => toLookId(params.get('value')));
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
            <AvatarPickerDialog
              value={lookId}
              onValueChange={setLookId}
              getLookDisabledReason={lockEven}
            />
          </section>
          <section aria-labelledby="inline-heading">
            <h2 id="inline-heading">Inline</h2>
            <AvatarPicker
              name="lookId"
              value={lookId}
              onValueChange={setLookId}
              getLookDisabledReason={lockEven}
            />
          </section>
        </main>
      </AvatarClientProvider>
    </QueryClientProvider>
  );
}
