const NETWORK_ERROR = Symbol.for('@avatar-picker/mock-api/network-error');

/**
 * The error a browser's fetch rejects with when the connection drops. Branded with a global
 * symbol so the MSW and Node adapters recognise it even across bundled copies of this module.
 */
export function createNetworkError(): TypeError {
  const error = new TypeError('Failed to fetch');
  // Non-enumerable, so the error still deep-equals a plain `new TypeError('Failed to fetch')`.
  Object.defineProperty(error, NETWORK_ERROR, { value: true });
  return error;
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError && NETWORK_ERROR in error;
}
