import type { Page, Request } from '@playwright/test';

export interface LoggedRequest {
  readonly request: Request;
  readonly url: URL;
}

/**
 * When the browser sent a request (epoch ms), to check retry spacing. Not the time Playwright
 * reported it: that can come late while the page is busy and shorten the gaps.
 */
export const sentAt = (entry: LoggedRequest | undefined): number =>
  entry?.request.timing().startTime ?? 0;

const API_PATH = '/api/avatars/v1/avatars';

/** Every request the page makes, with filters for the ones the tests count. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  constructor(page: Page) {
    page.on('request', (request) => {
      this.entries.push({ request, url: new URL(request.url()) });
    });
  }

  /** A mark to count only what happens after it. */
  mark(): number {
    return this.entries.length;
  }

  since(mark: number): LoggedRequest[] {
    return this.entries.slice(mark);
  }

  /** `GET /v1/avatars` without `parent_id` through the app's proxy: the caller's characters. */
  characterLists(from = 0): LoggedRequest[] {
    return this.since(from).filter(
      ({ url }) => url.pathname === API_PATH && !url.searchParams.has('parent_id'),
    );
  }

  looksLists(from = 0, characterId?: string): LoggedRequest[] {
    return this.since(from).filter(
      ({ url }) =>
        url.pathname === API_PATH &&
        url.searchParams.has('parent_id') &&
        (characterId === undefined || url.searchParams.get('parent_id') === characterId),
    );
  }

  /** Any call to the avatar API through the proxy, lists and updates alike. */
  apiCalls(from = 0): LoggedRequest[] {
    return this.since(from).filter(({ url }) => url.pathname.startsWith('/api/avatars/'));
  }

  videos(from = 0): LoggedRequest[] {
    return this.since(from).filter(({ url }) => url.pathname.includes('/media/video/'));
  }
}
