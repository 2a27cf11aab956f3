export interface ErrorEnvelope {
  message: string;
  suggestion?: string;
  code?: string;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function jsonResponse(status: number, body: unknown, headers?: HeadersInit): Response {
  return jsonTextResponse(status, JSON.stringify(body), headers);
}

/** For bodies already serialized (as text or UTF-8 bytes). */
export function jsonTextResponse(
  status: number,
  text: string | Uint8Array<ArrayBuffer>,
  headers?: HeadersInit,
): Response {
  const merged = new Headers(headers);
  for (const [name, value] of Object.entries(JSON_HEADERS)) merged.set(name, value);
  return new Response(text, { status, headers: merged });
}

/** The API's short error shape: `{"error":"message"}`. */
export function bareError(status: number, message: string, headers?: HeadersInit): Response {
  return jsonResponse(status, { error: message }, headers);
}

/** The API's full error shape: `{"success":false,"error":{...}}`. */
export function envelopeError(
  status: number,
  error: ErrorEnvelope,
  headers?: HeadersInit,
): Response {
  return jsonResponse(status, { success: false, error }, headers);
}
