import type { Page, Request } from '@playwright/test';

export interface LoggedRequest {
  readonly request: Request;
  readonly url: URL;
  /** Milliseconds since the log started, to check retry spacing. */
  readonly at: number;
}

const API_PATH = '/api/avatars/v1/avatars';

/** Every request the page makes, with filters for the ones the tests count. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];
  private readonly startedAt = Date.now();

  constructor(page: Page) {
    page.on('request', (request) => {
      this.entries.push({ request, url: new URL(request.url()), at: Date.now() - this.startedAt });
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
