// `pnpm exec vitest bench --run --project node packages/mock-api/src/large-dataset.bench.ts`:
// the fake's whole list at 100,000 characters, which the bench and the demo load on every page.
import { bench } from 'vitest';
import { createMockApi } from './create-mock-api';

const api = createMockApi({ characters: 100_000 });

bench('GET /v1/avatars at 100,000 characters, read to the last byte', async () => {
  const response = await api.fetch('http://api.test/v1/avatars', {
    headers: { 'x-api-key': 'demo-key' },
  });
  await response.arrayBuffer();
});
