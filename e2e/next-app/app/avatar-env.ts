/**
 * Where the server reaches the avatar API, and with which key: the server environment only, so
 * neither ever reaches the browser. Read per request, because `next build` runs without them.
 */
export function avatarEnv(): { apiKey: string; upstream: string } {
  const apiKey = process.env.AGENTHUMAN_API_KEY;
  const upstream = process.env.AGENTHUMAN_API_URL;
  if (apiKey === undefined || upstream === undefined) {
    throw new Error('Set AGENTHUMAN_API_KEY and AGENTHUMAN_API_URL in the server environment.');
  }
  return { apiKey, upstream };
}
