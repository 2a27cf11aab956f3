import { bareError, envelopeError } from '../http/json-response';
import type { Fault, FaultStatus } from '../types';

const DEFAULT_MESSAGES: Record<FaultStatus, string> = {
  400: 'Bad request',
  401: 'Invalid API key',
  403: 'Access denied',
  404: 'Avatar not found',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

const STATUS_TEXT: Record<FaultStatus, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** Whether the fault replaces the response with an error (rather than only delaying or corrupting it). */
export function isErrorFault(fault: Fault): boolean {
  return (
    fault.status !== undefined ||
    fault.body !== undefined ||
    fault.message !== undefined ||
    fault.suggestion !== undefined ||
    fault.code !== undefined ||
    fault.retryAfterSeconds !== undefined
  );
}

export function faultResponse(fault: Fault): Response {
  const status = fault.status ?? 500;
  const headers = new Headers();
  if (fault.retryAfterSeconds !== undefined) {
    headers.set('retry-after', String(Math.ceil(fault.retryAfterSeconds)));
  }
  const message = fault.message ?? DEFAULT_MESSAGES[status];
  switch (fault.body ?? 'envelope') {
    case 'envelope':
      return envelopeError(
        status,
        {
          message,
          ...(fault.suggestion === undefined ? {} : { suggestion: fault.suggestion }),
          ...(fault.code === undefined ? {} : { code: fault.code }),
        },
        headers,
      );
    case 'bare':
      return bareError(status, message, headers);
    case 'empty':
      return new Response(null, { status, headers });
    case 'html':
      headers.set('content-type', 'text/html; charset=utf-8');
      return new Response(`<html><body><h1>${status} ${STATUS_TEXT[status]}</h1></body></html>`, {
        status,
        headers,
      });
  }
}
