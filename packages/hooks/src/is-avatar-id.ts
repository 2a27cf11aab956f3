const AVATAR_ID_PATTERN = /^avat_[0-9A-Za-z]{1,64}$/;

/**
 * Avatar ids are `avat_` plus a ULID. Accepting only that alphabet means an id can be put into
 * a URL path or query unescaped, which is what keeps the proxy's routing unambiguous.
 */
export function isAvatarId(value: unknown): value is string {
  return typeof value === 'string' && AVATAR_ID_PATTERN.test(value);
}
