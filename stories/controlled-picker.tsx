import type { Look, LookId } from '@avatar-picker/hooks';
import { AvatarPicker, type AvatarPickerProps } from '@avatar-picker/ui';
import { useState } from 'react';

/** The picker with its value owned by the page, the way a settings form would hold it. */
export function ControlledPicker(props: AvatarPickerProps) {
  const [value, setValue] = useState<LookId | null>(null);
  const [chosen, setChosen] = useState<Look | null>(null);
  return (
    <div className="story-stack">
      <p>
        Chosen look: <output aria-label="Chosen look">{chosen?.name ?? 'none'}</output>
      </p>
      <button
        type="button"
        onClick={() => {
          setValue(null);
          setChosen(null);
        }}
      >
        Clear choice
      </button>
      <AvatarPicker
        {...props}
        value={value}
        onValueChange={(id, look) => {
          setValue(id);
          setChosen(look);
          props.onValueChange?.(id, look);
        }}
      />
    </div>
  );
}
