import { apiOrigin, SHORT_TTL_STACK, WORKER_STACKS } from './test-stacks';

/** Every run starts from the seed state, whatever an earlier run or a demo left in the fakes. */
export default async function globalSetup(): Promise<void> {
  for (const stack of [...WORKER_STACKS, SHORT_TTL_STACK]) {
    const response = await fetch(`${apiOrigin(stack)}/__mock/reset`, { method: 'POST' });
    if (!response.ok) {
      throw new Error(`Resetting the fake at ${apiOrigin(stack)} failed: HTTP ${response.status}`);
    }
  }
}
