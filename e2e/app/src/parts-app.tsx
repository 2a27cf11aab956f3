import { AvatarClientProvider, type LookId } from '@avatar-picker/hooks';
import { AvatarPicker, type CharacterTileProps, type LookTileProps } from '@avatar-picker/ui';
import { AvatarPickerDialog } from '@avatar-picker/ui/dialog';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

function CharacterCard({
  character,
  state,
  triggerProps,
  looksLabelId,
  ...props
}: CharacterTileProps) {
  return (
    <div {...props} className="card">
      <button {...triggerProps}>{character.name}</button>
      {state.looksLabel !== null && <small id={looksLabelId}>{state.looksLabel}</small>}
    </div>
  );
}

function LookCard({ look, state, nameId, reasonId, ...props }: LookTileProps) {
  return (
    <div {...props} className="card look-card">
      <span id={nameId}>{look.name}</span>
      {state.reason !== null && <em id={reasonId}> {state.reason}</em>}
      {state.selected && ' ✓'}
      <AvatarPicker.FavoriteToggle avatar={look} />
    </div>
  );
}

const tiles = { Character: CharacterCard, Look: LookCard };

/**
 * The picker as a design system would assemble it from parts: its own trigger button opens the
 * dialog parts, the search sits in its own toolbar, and the tiles are its own markup.
 */
export function PartsApp() {
  const [queryClient] = useState(() => new QueryClient());
  const [lookId, setLookId] = useState<LookId | null>(null);
  return (
    <QueryClientProvider client={queryClient}>
      <AvatarClientProvider baseUrl="/api/avatars">
        <main className="demo">
          <h1>Composed from parts</h1>
          <p>
            <output data-testid="selected-look-id">Selected look id: {lookId ?? 'none'}</output>
          </p>
          <AvatarPicker.Root value={lookId} onValueChange={setLookId}>
            <AvatarPickerDialog.Root>
              <AvatarPickerDialog.Trigger asChild>
                <button type="button" className="host-button">
                  Change avatar
                </button>
              </AvatarPickerDialog.Trigger>
              <AvatarPickerDialog.Content>
                <div role="toolbar" aria-label="Find an avatar">
                  <AvatarPicker.Search />
                </div>
                <AvatarPicker.Grid components={tiles} />
              </AvatarPickerDialog.Content>
            </AvatarPickerDialog.Root>
          </AvatarPicker.Root>
        </main>
      </AvatarClientProvider>
    </QueryClientProvider>
  );
}
