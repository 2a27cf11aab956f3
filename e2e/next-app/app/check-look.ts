'use server';

import { verifyLookId } from '@avatar-picker/hooks/server';
import { avatarEnv } from './avatar-env';

export type LookCheck =
  | { status: 'idle' }
  | { status: 'accepted'; lookId: string; name: string }
  | { status: 'refused'; reason: string };

/** Never trusts the browser's pick: the id is checked against the API with the server's key. */
export async function checkLook(_previous: LookCheck, form: FormData): Promise<LookCheck> {
  const result = await verifyLookId(form.get('lookId'), avatarEnv());
  return result.ok
    ? { status: 'accepted', lookId: result.look.id, name: result.look.name }
    : { status: 'refused', reason: result.reason };
}
