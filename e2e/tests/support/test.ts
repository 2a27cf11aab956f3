import { test as base, expect } from '@playwright/test';
import {
  apiOrigin,
  appOrigin,
  SHORT_TTL_STACK,
  type TestStack,
  workerStack,
} from '../../test-stacks';
import { FakeApi } from './fake-api';
import { RequestLog } from './request-log';

interface Fixtures {
  /** Use the stack whose fake signs video URLs for 1 s only. */
  shortUrlTtl: boolean;
  stack: TestStack;
  fake: FakeApi;
  requests: RequestLog;
}

export const test = base.extend<Fixtures>({
  shortUrlTtl: [false, { option: true }],
  stack: async ({ shortUrlTtl }, use, testInfo) => {
    await use(shortUrlTtl ? SHORT_TTL_STACK : workerStack(testInfo.parallelIndex));
  },
  baseURL: async ({ stack }, use) => {
    await use(appOrigin(stack));
  },
  // Automatic, so that no test sees favorites or faults left behind by the one before it.
  fake: [
    async ({ stack }, use) => {
      const fake = new FakeApi(apiOrigin(stack));
      await fake.reset();
      await use(fake);
      await fake.reset();
    },
    { auto: true },
  ],
  requests: async ({ page }, use) => {
    await use(new RequestLog(page));
  },
});

export { expect };
