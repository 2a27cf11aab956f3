import { bareError, envelopeError } from '../http/json-response';

/** The caller's user id, or the 401 the API answers for a missing or unknown key. */
export function authenticate(
  request: Request,
  keys: ReadonlyMap<string, string>,
): string | Response {
  const key = request.headers.get('x-api-key');
  if (key === null || key.trim() === '') return bareError(401, 'API key required');
  const userId = keys.get(key);
  if (userId === undefined) {
    return envelopeError(401, { message: 'Invalid API key', code: 'INVALID_API_KEY' });
  }
  return userId;
}
