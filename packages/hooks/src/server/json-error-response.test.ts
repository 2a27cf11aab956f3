import { describe, expect, it } from 'vitest';
import { jsonErrorResponse } from './json-error-response';

describe('jsonErrorResponse', () => {
  it('answers in the API envelope shape', async () => {
    const response = jsonErrorResponse(405, 'Method not allowed', 'METHOD_NOT_ALLOWED', {
      allow: 'GET',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      success: false,
      error: { message: 'Method not allowed', code: 'METHOD_NOT_ALLOWED' },
    });
  });
});
