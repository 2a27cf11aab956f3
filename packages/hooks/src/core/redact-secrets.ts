const REDACTED = '[redacted]';

/** Replaces every occurrence of each secret so error text or echoed bodies cannot leak a key. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret === '') continue;
    result = result.split(secret).join(REDACTED);
  }
  return result;
}
