import { describe, expect, it } from 'vitest';
import { createMockApi } from './create-mock-api';

describe('a 100,000-character account', () => {
  it('answers GET /v1/avatars with every character', async () => {
    const api = createMockApi({ characters: 100_000 });
    const response = await api.fetch('http://api.test/v1/avatars', {
      headers: { 'x-api-key': 'demo-key' },
    });
    const bytes = await response.arrayBuffer();
    expect(response.status).toBe(200);
    expect(bytes.byteLength).toBeGreaterThan(100_000 * 200);
  }, 20_000);

  it('resolves the looks of a character deep in the list', async () => {
    const api = createMockApi({ characters: 100_000 });
    const character = api.listCharacters()[98_765];
    const looks = api.listLooks(character?.avatar_id ?? '');
    expect(looks).toHaveLength(character?.looks_count ?? -1);
  }, 20_000);
});
