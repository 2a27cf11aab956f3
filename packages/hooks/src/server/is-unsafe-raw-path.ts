/*
 * Checked on the path exactly as received, before any URL parser normalizes it: a parser turns
 * `/v1/avatars/%2e%2e/sessions` into `/v1/sessions`, and a backend that decodes `%2F` may route
 * differently from us. No legitimate proxied path contains any of these.
 */
const UNSAFE_PATTERNS: readonly RegExp[] = [
  /\.\./,
  /%2e/i,
  /%2f/i,
  /%5c/i,
  /\\/,
  /\/\//,
  /%00/,
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we reject
  /[\u0000-\u001f\u007f]/,
];

export function isUnsafeRawPath(rawPath: string): boolean {
  return UNSAFE_PATTERNS.some((pattern) => pattern.test(rawPath));
}
