import type { Fault } from '../types';

const ROUTES = new Set(['characters', 'looks', 'all', 'public', 'update', 'media', 'any']);
const STATUSES = new Set([400, 401, 403, 404, 429, 500, 502, 503]);
const BODIES = new Set(['envelope', 'bare', 'empty', 'html']);
const MALFORMATIONS = new Set([
  'wrong-types',
  'missing-fields',
  'javascript-url',
  'data-url',
  'long-name',
  'html-name',
  'not-an-array',
]);
const KNOWN_FIELDS = new Set([
  'route',
  'times',
  'status',
  'body',
  'message',
  'suggestion',
  'code',
  'retryAfterSeconds',
  'latencyMs',
  'network',
  'malformed',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a fault at the door (faults also arrive as JSON over the Node control route), so a
 * typo fails loudly instead of silently never matching.
 */
export function validateFault(value: unknown): Fault {
  if (!isRecord(value)) throw new TypeError('Fault must be an object');
  const unknown = Object.keys(value).filter((key) => !KNOWN_FIELDS.has(key));
  if (unknown.length > 0) throw new TypeError(`Fault has unknown fields: ${unknown.join(', ')}`);
  const { route, times, status, body, retryAfterSeconds, latencyMs, network, malformed } = value;
  if (typeof route !== 'string' || !ROUTES.has(route)) {
    throw new TypeError(`Fault route must be one of ${[...ROUTES].join(', ')}`);
  }
  if (
    times !== undefined &&
    times !== Number.POSITIVE_INFINITY &&
    !(typeof times === 'number' && Number.isInteger(times) && times >= 1)
  ) {
    throw new TypeError('Fault times must be an integer >= 1 or Infinity');
  }
  if (status !== undefined && !STATUSES.has(status as number)) {
    throw new TypeError(`Fault status must be one of ${[...STATUSES].join(', ')}`);
  }
  if (body !== undefined && !BODIES.has(body as string)) {
    throw new TypeError(`Fault body must be one of ${[...BODIES].join(', ')}`);
  }
  for (const field of ['message', 'suggestion', 'code'] as const) {
    if (value[field] !== undefined && typeof value[field] !== 'string') {
      throw new TypeError(`Fault ${field} must be a string`);
    }
  }
  for (const [field, number] of [
    ['retryAfterSeconds', retryAfterSeconds],
    ['latencyMs', latencyMs],
  ] as const) {
    if (
      number !== undefined &&
      !(typeof number === 'number' && Number.isFinite(number) && number >= 0)
    ) {
      throw new TypeError(`Fault ${field} must be a finite number >= 0`);
    }
  }
  if (network !== undefined && typeof network !== 'boolean') {
    throw new TypeError('Fault network must be a boolean');
  }
  if (
    malformed !== undefined &&
    !(Array.isArray(malformed) && malformed.every((kind) => MALFORMATIONS.has(kind)))
  ) {
    throw new TypeError(`Fault malformed must be an array of ${[...MALFORMATIONS].join(', ')}`);
  }
  return { ...value } as unknown as Fault;
}
