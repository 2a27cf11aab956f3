import type { SetupWorker } from 'msw/browser';

export interface MediaResponse {
  kind: 'image' | 'video';
  /** Avatar id taken from the media path. */
  avatarId: string;
  status: number;
}

const MEDIA_PATH = /\/media\/(image|video)\/([^/.]+)\.(?:svg|webm)$/;

/**
 * Records the media responses the fake sends, through MSW's life-cycle events, so a play
 * function can check that an expired URL really answered 403 before the picker recovered.
 */
export function recordMediaResponses(msw: SetupWorker): {
  responses: MediaResponse[];
  stop(): void;
} {
  const responses: MediaResponse[] = [];
  const listener = ({ request, response }: { request: Request; response: Response }) => {
    const match = MEDIA_PATH.exec(new URL(request.url).pathname);
    if (match === null) return;
    responses.push({
      kind: match[1] === 'video' ? 'video' : 'image',
      avatarId: decodeURIComponent(match[2] ?? ''),
      status: response.status,
    });
  };
  msw.events.on('response:mocked', listener);
  return { responses, stop: () => msw.events.removeListener('response:mocked', listener) };
}
