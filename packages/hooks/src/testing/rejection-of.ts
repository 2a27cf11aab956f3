import { AvatarApiError } from '../core/avatar-api-error';

/** Awaits a promise that must reject with an AvatarApiError and returns that error. */
export async function rejectionOf(promise: Promise<unknown>): Promise<AvatarApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AvatarApiError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}
