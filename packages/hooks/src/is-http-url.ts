/**
 * True only for absolute http(s) URLs. API URLs end up in `src` attributes, so anything else
 * (`javascript:`, `data:`, relative paths that would resolve against the host page) is refused.
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() !== value || value === '') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // Credentials in a media URL would leak to whoever renders it and are never legitimate here.
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === 'http:' || url.protocol === 'https:';
}
