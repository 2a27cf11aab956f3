import type { AvatarApiError } from './avatar-api-error';

/**
 * Structural rather than `instanceof`: two copies of this package (or another realm) still
 * agree, and code that only inspects errors does not bundle the class that builds them.
 */
export function isAvatarApiError(value: unknown): value is AvatarApiError {
  return (
    value instanceof Error &&
    value.name === 'AvatarApiError' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}
