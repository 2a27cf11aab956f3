import { vi } from 'vitest';
import type { FetchLike } from '../core/create-avatar-client';

/** A fetch double that records each call as a Request and answers with a fresh response. */
export function spyFetch(respond: (request: Request) => Response | Promise<Response>) {
  const calls: Request[] = [];
  const fetch = vi.fn<FetchLike>(async (input, init) => {
    const request = new Request(input, init);
    calls.push(request.clone());
    return respond(request);
  });
  return { fetch, calls };
}
