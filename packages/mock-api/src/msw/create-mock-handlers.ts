import { type HttpHandler, HttpResponse, http } from 'msw';
import { isNetworkError } from '../http/network-error';
import type { MockApi } from '../types';

export interface MockHandlersOptions {
  /** Only intercept this origin (e.g. `https://api.agenthuman.com`). Default: any origin. */
  origin?: string;
}

/**
 * MSW handlers that hand every API and media request under the fake's base path to `api.fetch`.
 * One catch-all per path family, so wrong methods still reach the fake and get its 405.
 */
export function createMockHandlers(api: MockApi, options: MockHandlersOptions = {}): HttpHandler[] {
  const prefix = `${options.origin?.replace(/\/+$/, '') ?? '*'}${api.basePath}`;
  const delegate = async ({ request }: { request: Request }) => {
    try {
      return await api.fetch(request);
    } catch (error) {
      if (isNetworkError(error)) return HttpResponse.error();
      throw error;
    }
  };
  return [http.all(`${prefix}/v1/*`, delegate), http.all(`${prefix}/media/*`, delegate)];
}
