import { AvatarApiError } from './avatar-api-error';
import { isAvatarId, isRecord } from './guards';
import { type AvatarListFilter, parseAvatarList } from './parse-avatar';
import type {
  Avatar,
  AvatarClient,
  AvatarList,
  Character,
  CharacterId,
  Look,
  RequestOptions,
  SkippedRow,
} from './types';
import { AVATAR_FIELDS, AVATAR_PATHS, ENVELOPE_FIELDS, LIST_PARAMS, WIRE_HEADERS } from './wire';

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export interface CreateAvatarClientOptions {
  /** API origin without `/v1` (`https://api.agenthuman.com`) or a same-origin proxy path (`/api/avatars`). */
  baseUrl: string;
  /** Defaults to the global `fetch`, looked up on every call so later patches (MSW) apply. */
  fetch?: FetchLike;
  /** Extra headers, e.g. `{ 'x-api-key': key }` on a server. A function is called per request. */
  headers?: HeadersInit | (() => HeadersInit);
  /** Told about every row the client dropped, for logging. */
  onSkippedRow?: (row: SkippedRow) => void;
}

const ALL_AVATARS: AvatarListFilter<Avatar> = {
  accepts: (avatar): avatar is Avatar => avatar.kind === 'character' || avatar.kind === 'look',
  rejection: 'unknown avatar kind',
};
const CHARACTERS_ONLY: AvatarListFilter<Character> = {
  accepts: (avatar): avatar is Character => avatar.kind === 'character',
  rejection: 'expected a character, got a look',
};

function looksOf(characterId: CharacterId): AvatarListFilter<Look> {
  return {
    accepts: (avatar): avatar is Look =>
      avatar.kind === 'look' && avatar.characterId === characterId,
    rejection: `expected a look of ${characterId}`,
  };
}

function normalizeBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string')
    throw new TypeError('createAvatarClient: baseUrl must be a string');
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  const isRelative = trimmed === '' || (trimmed.startsWith('/') && !trimmed.startsWith('//'));
  const isAbsoluteHttp = /^https?:\/\/[^/?#]+(\/[^?#]*)?$/i.test(trimmed);
  if (!isRelative && !isAbsoluteHttp) {
    throw new TypeError(
      `createAvatarClient: baseUrl must be an http(s) URL or a path starting with "/", got "${baseUrl}"`,
    );
  }
  return trimmed;
}

function assertAvatarId(id: unknown): asserts id is string {
  if (!isAvatarId(id)) {
    throw new AvatarApiError({
      kind: 'bad-request',
      message: 'Invalid avatar id: expected "avat_" followed by 1 to 64 letters or digits',
    });
  }
}

function abortedError(signal: AbortSignal | undefined, cause?: unknown): AvatarApiError {
  return new AvatarApiError({
    kind: 'aborted',
    message: 'The request was aborted',
    cause: cause ?? signal?.reason,
  });
}

/** Lets the page handle input and paint; `scheduler.yield` resumes ahead of other tasks. */
function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return (
    signal?.aborted === true ||
    (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError')
  );
}

/** The React-free AgentHuman avatar client. Every failure is an `AvatarApiError`. */
export function createAvatarClient(options: CreateAvatarClientOptions): AvatarClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl);

  function buildHeaders(hasBody: boolean): Headers {
    let headers: Headers;
    try {
      const init = typeof options.headers === 'function' ? options.headers() : options.headers;
      headers = new Headers(init);
    } catch {
      // No cause attached: the platform's message quotes the offending value, which may be a key.
      throw new AvatarApiError({
        kind: 'bad-request',
        message: 'Invalid request headers: a name or value contains characters HTTP does not allow',
      });
    }
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    if (hasBody) headers.set('content-type', 'application/json');
    return headers;
  }

  async function send(
    method: 'GET' | 'PUT',
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    if (signal?.aborted) throw abortedError(signal);
    const headers = buildHeaders(body !== undefined);
    const secrets = [headers.get(WIRE_HEADERS.apiKey), headers.get('authorization')].filter(
      (value): value is string => value !== null,
    );
    const fetchImpl = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (cause) {
      if (isAbort(cause, signal)) throw abortedError(signal, cause);
      throw new AvatarApiError({
        kind: 'network',
        message: 'Could not reach the avatar API',
        cause,
      });
    }
    if (!response.ok) {
      const error = await AvatarApiError.fromResponse(response, { secrets });
      if (signal?.aborted) throw abortedError(signal);
      throw error;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      if (isAbort(cause, signal)) throw abortedError(signal, cause);
      throw new AvatarApiError({
        kind: 'network',
        message: 'The connection to the avatar API broke while reading the response',
        cause,
      });
    }
    // A PUT may legitimately answer 204 with nothing to read.
    if (text === '' && response.status === 204) return undefined;
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new AvatarApiError({
        kind: 'invalid-response',
        status: response.status,
        message: 'The avatar API returned a body that is not JSON',
        cause,
      });
    }
  }

  function report<T extends Avatar>(list: AvatarList<T>): AvatarList<T> {
    const { onSkippedRow } = options;
    if (onSkippedRow === undefined) return list;
    for (const row of list.skipped) {
      try {
        onSkippedRow(row);
      } catch (error) {
        // A broken logger must not fail the list; surface it like an uncaught listener error.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    return list;
  }

  async function list<T extends Avatar>(
    path: string,
    filter: AvatarListFilter<T>,
    requestOptions: RequestOptions | undefined,
  ): Promise<AvatarList<T>> {
    const signal = requestOptions?.signal;
    const body = await send('GET', path, undefined, signal);
    const list = await parseAvatarList(body, filter, async () => {
      await yieldToMain();
      if (signal?.aborted) throw abortedError(signal);
    });
    return report(list);
  }

  return {
    listCharacters: (requestOptions) => list(AVATAR_PATHS.list, CHARACTERS_ONLY, requestOptions),
    async listLooks(characterId, requestOptions) {
      assertAvatarId(characterId);
      return list(
        `${AVATAR_PATHS.list}?${LIST_PARAMS.parentId}=${encodeURIComponent(characterId)}`,
        looksOf(characterId),
        requestOptions,
      );
    },
    listAll: (requestOptions) =>
      list(`${AVATAR_PATHS.list}?${LIST_PARAMS.charactersOnly}=false`, ALL_AVATARS, requestOptions),
    listPublic: (requestOptions) => list(AVATAR_PATHS.public, ALL_AVATARS, requestOptions),
    async setFavorite(id, isFavorite, requestOptions) {
      assertAvatarId(id);
      if (typeof isFavorite !== 'boolean') {
        throw new AvatarApiError({ kind: 'bad-request', message: 'isFavorite must be a boolean' });
      }
      const body = await send(
        'PUT',
        AVATAR_PATHS.avatar(encodeURIComponent(id)),
        { [AVATAR_FIELDS.isFavorite]: isFavorite },
        requestOptions?.signal,
      );
      if (body === undefined) return;
      if (!isRecord(body)) {
        throw new AvatarApiError({
          kind: 'invalid-response',
          message: 'The avatar API returned a body that is not an object',
        });
      }
      if (body[ENVELOPE_FIELDS.success] === false) {
        throw new AvatarApiError({
          kind: 'invalid-response',
          message: 'The avatar API reported a failure in a successful response',
        });
      }
    },
  };
}
