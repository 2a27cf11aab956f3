import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault, MockApi } from '../types';
import { isLoopbackAddress } from './is-loopback-address';
import { readBody } from './to-web-request';

export const CONTROL_PREFIX = '/__mock/';

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function sendEmpty(response: ServerResponse, status: number, headers: Record<string, string> = {}) {
  response.writeHead(status, headers);
  response.end();
}

// JSON has no Infinity, so the control route accepts the string "Infinity" for `times`.
function faultFromJson(value: unknown): Fault {
  if (
    typeof value === 'object' &&
    value !== null &&
    'times' in value &&
    value.times === 'Infinity'
  ) {
    return { ...(value as Fault), times: Number.POSITIVE_INFINITY };
  }
  return value as Fault;
}

const faultToJson = (fault: Fault) =>
  fault.times === Number.POSITIVE_INFINITY ? { ...fault, times: 'Infinity' } : fault;

/**
 * `POST /__mock/faults` (a Fault, or `{"clear":true}`), `GET` / `DELETE /__mock/faults`,
 * `POST /__mock/reset`. Loopback only, and JSON only: requiring `application/json` forces a CORS
 * preflight, which this route never grants, so no web page can drive the fake behind the user's back.
 */
export async function handleControlRoute(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  api: MockApi,
): Promise<void> {
  if (!isLoopbackAddress(request.socket.remoteAddress)) {
    sendJson(response, 403, { error: 'Control routes answer loopback clients only' });
    return;
  }
  const method = request.method ?? 'GET';
  if (pathname === '/__mock/reset') {
    if (method !== 'POST') return sendEmpty(response, 405, { allow: 'POST' });
    api.reset();
    return sendEmpty(response, 204);
  }
  if (pathname !== '/__mock/faults') {
    sendJson(response, 404, { error: 'Not found' });
    return;
  }
  if (method === 'GET') return sendJson(response, 200, api.faults.pending().map(faultToJson));
  if (method === 'DELETE') {
    api.faults.clear();
    return sendEmpty(response, 204);
  }
  if (method !== 'POST') return sendEmpty(response, 405, { allow: 'GET, POST, DELETE' });
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(response, 415, { error: 'Send the fault as application/json' });
    return;
  }
  let body: unknown;
  try {
    body = JSON.parse((await readBody(request)).toString('utf8'));
  } catch (error) {
    sendJson(response, 400, { error: `Invalid JSON: ${(error as Error).message}` });
    return;
  }
  if (typeof body === 'object' && body !== null && 'clear' in body && body.clear === true) {
    api.faults.clear();
    return sendEmpty(response, 204);
  }
  try {
    api.faults.add(faultFromJson(body));
  } catch (error) {
    sendJson(response, 400, { error: (error as Error).message });
    return;
  }
  sendEmpty(response, 204);
}
