import {
  AvatarPicker,
  type AvatarPickerRootProps,
  type CharacterTileProps,
  type LookTileProps,
} from '@avatar-picker/ui';
import { AvatarPickerDialog } from '@avatar-picker/ui/dialog';

/** A character drawn as the host's own card: the ready props go on its root and its button. */
function CharacterCard({
  character,
  state,
  triggerProps,
  looksLabelId,
  ...props
}: CharacterTileProps) {
  return (
    <div {...props} className="card">
      {character.previewImageUrl !== null && <img src={character.previewImageUrl} alt="" />}
      <button {...triggerProps}>{character.name}</button>
      {state.looksLabel !== null && <small id={looksLabelId}>{state.looksLabel}</small>}
      <AvatarPicker.FavoriteToggle avatar={character} className="heart">
        {character.isFavorite ? '♥' : '♡'}
      </AvatarPicker.FavoriteToggle>
    </div>
  );
}

/** A look drawn as the host's own card; `state` says whether it is chosen or unavailable. */
function LookCard({ look, state, nameId, reasonId, ...props }: LookTileProps) {
  return (
    <div {...props} className="card look-card">
      {look.previewImageUrl !== null && <img src={look.previewImageUrl} alt="" />}
      <span id={nameId}>{look.name}</span>
      {state.reason !== null && <em id={reasonId}> {state.reason}</em>}
      {state.selected && <strong> ✓</strong>}
      <AvatarPicker.FavoriteToggle avatar={look} className="heart">
        {look.isFavorite ? '♥' : '♡'}
      </AvatarPicker.FavoriteToggle>
    </div>
  );
}

const tiles = { Character: CharacterCard, Look: LookCard };

/**
 * A picker built from parts alone: the host's own button opens the dialog parts, the search and
 * two of the filters sit in the host's toolbar, and the tiles are the host's markup.
 */
export function PartsInDialog(props: AvatarPickerRootProps) {
  return (
    <AvatarPicker.Root {...props} className="parts-picker">
      <AvatarPickerDialog.Root>
        <AvatarPickerDialog.Trigger asChild>
          <button type="button" className="host-button">
            Change avatar
          </button>
        </AvatarPickerDialog.Trigger>
        <AvatarPickerDialog.Content className="host-dialog">
          <div role="toolbar" aria-label="Find an avatar" className="host-toolbar">
            <AvatarPicker.Search placeholder="Name…" />
            <AvatarPicker.Filters>
              <AvatarPicker.Filters.Item value="all">Everyone</AvatarPicker.Filters.Item>
              <AvatarPicker.Filters.Item value="favorites">Loved</AvatarPicker.Filters.Item>
            </AvatarPicker.Filters>
          </div>
          <AvatarPicker.Loading />
          <AvatarPicker.Error />
          <AvatarPicker.Empty />
          <AvatarPicker.Grid components={tiles} />
        </AvatarPickerDialog.Content>
      </AvatarPickerDialog.Root>
    </AvatarPicker.Root>
  );
}
