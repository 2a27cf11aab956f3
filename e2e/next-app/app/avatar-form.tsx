'use client';

import { AvatarClientProvider } from '@avatar-picker/hooks';
import { AvatarPicker } from '@avatar-picker/ui';
import { useActionState } from 'react';
import { checkLook, type LookCheck } from './check-look';

const IDLE: LookCheck = { status: 'idle' };

/** The picker submits its look id with the form; the server action says whether it may be used. */
export function AvatarForm() {
  const [check, submit, isChecking] = useActionState(checkLook, IDLE);
  return (
    <AvatarClientProvider baseUrl="/api/avatars">
      <form action={submit}>
        <AvatarPicker name="lookId" required />
        <button type="submit" disabled={isChecking}>
          Use this look
        </button>
      </form>
      <output data-testid="look-check">
        {check.status === 'accepted' && `Accepted: ${check.name} (${check.lookId})`}
        {check.status === 'refused' && `Refused: ${check.reason}`}
      </output>
    </AvatarClientProvider>
  );
}
