import {
  createMockApi,
  type Fault,
  type MockApi,
  type MockApiOptions,
} from '@avatar-picker/mock-api';
import { createMockHandlers } from '@avatar-picker/mock-api/msw';
import type { SetupWorker } from 'msw/browser';

/** The same-origin route a host app would proxy; the story's fake is mounted there. */
export const STORY_API_BASE_PATH = '/api/avatars';

/** One seed for every story, so a play function can read the same dataset the picker shows. */
export const STORY_SEED = 'storybook';

/** The fake's development key; in a real app the backend route holds the key, never the page. */
const BACKEND_API_KEY = 'demo-key';

export interface MockApiStoryOptions extends Omit<MockApiOptions, 'basePath'> {
  /** Queued on the fake before the story renders, in matching order. */
  faults?: readonly Fault[];
}

export interface MockApiStory {
  /** Story `beforeEach`: a fresh fake, with its faults, served through MSW for this story only. */
  beforeEach(context: { msw: SetupWorker }): void;
  /** The fake serving the mounted story, for play functions that change its faults mid-story. */
  api(): MockApi;
  /**
   * A fault-free twin of the story's fake (same seed, same size): play functions read names and
   * ids from it without using up the faults the story is about.
   */
  dataset(): MockApi;
}

/** A fake of the avatar API mounted at the story base path, with the given faults queued. */
export function createStoryApi(options: MockApiStoryOptions = {}): MockApi {
  const { faults = [], ...apiOptions } = options;
  const api = createMockApi({ seed: STORY_SEED, ...apiOptions, basePath: STORY_API_BASE_PATH });
  for (const fault of faults) api.faults.add(fault);
  return api;
}

/**
 * The browser must never hold an API key, so the picker calls a same-origin route and the host
 * app's backend adds the key. In stories MSW plays that backend: it adds the key and hands the
 * request to the fake API.
 */
function behindBackendRoute(api: MockApi): MockApi {
  return {
    ...api,
    fetch(input, init) {
      const request = new Request(input, init);
      request.headers.set('x-api-key', BACKEND_API_KEY);
      return api.fetch(request);
    },
  };
}

/**
 * Serves a story from the real fake API through MSW. A new fake is made on every mount, so
 * favorites changed or faults used up in one run never leak into the next.
 */
export function mockApiStory(options: MockApiStoryOptions = {}): MockApiStory {
  let current: MockApi | null = null;
  let twin: MockApi | null = null;
  return {
    beforeEach({ msw }) {
      current = createStoryApi(options);
      msw.use(...createMockHandlers(behindBackendRoute(current)));
    },
    api() {
      if (current === null) {
        throw new Error('mockApiStory: api() is only available once the story has mounted');
      }
      return current;
    },
    dataset() {
      twin ??= createStoryApi({ ...options, faults: [], latencyMs: 0 });
      return twin;
    },
  };
}
