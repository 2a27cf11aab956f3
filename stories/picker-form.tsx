import { AvatarPicker, type AvatarPickerProps } from '@avatar-picker/ui';
import { useState } from 'react';

/** A plain HTML form: the picker takes part through its hidden input and native validity. */
export function PickerForm(props: AvatarPickerProps) {
  const [submitted, setSubmitted] = useState<string | null>(null);
  return (
    <form
      aria-label="Start a session"
      className="story-stack"
      onSubmit={(event) => {
        event.preventDefault();
        const lookId = new FormData(event.currentTarget).get('lookId');
        setSubmitted(typeof lookId === 'string' ? lookId : null);
      }}
    >
      <AvatarPicker {...props} name="lookId" required />
      <button type="submit">Start session</button>
      <p>
        Submitted look id:{' '}
        <output aria-label="Submitted look id">{submitted ?? 'nothing yet'}</output>
      </p>
    </form>
  );
}
