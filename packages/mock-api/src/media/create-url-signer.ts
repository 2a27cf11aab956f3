export interface UrlSigner {
  /** Hex HMAC-SHA256 of `lookId.expires`. */
  sign(lookId: string, expires: number): Promise<string>;
  verify(lookId: string, expires: number, signature: string): Promise<boolean>;
}

const encoder = new TextEncoder();
const HEX_SIGNATURE = /^[0-9a-f]{64}$/;

export function createUrlSigner(secret: string): UrlSigner {
  let key: Promise<CryptoKey> | undefined;
  const getKey = () => {
    key ??= crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    return key;
  };
  const message = (lookId: string, expires: number) => encoder.encode(`${lookId}.${expires}`);
  return {
    async sign(lookId, expires) {
      const signature = await crypto.subtle.sign('HMAC', await getKey(), message(lookId, expires));
      return Array.from(new Uint8Array(signature), (byte) =>
        byte.toString(16).padStart(2, '0'),
      ).join('');
    },
    async verify(lookId, expires, signature) {
      if (!HEX_SIGNATURE.test(signature)) return false;
      const bytes = new Uint8Array(32);
      for (let index = 0; index < 32; index++) {
        bytes[index] = Number.parseInt(signature.slice(index * 2, index * 2 + 2), 16);
      }
      // crypto.subtle.verify compares in constant time, unlike comparing hex strings.
      return crypto.subtle.verify('HMAC', await getKey(), bytes, message(lookId, expires));
    },
  };
}
