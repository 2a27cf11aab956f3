import type { ApiContext } from './api/api-context';
import { authenticate } from './api/authenticate';
import { looksFor, parseListQuery, selectListRecords } from './api/list-avatars';
import { mintVideoUrls } from './api/mint-video-urls';
import { prepareAvatarRows, serializeAvatarList } from './api/serialize-avatar-list';
import { toWireAvatar } from './api/to-wire-avatar';
import { updateAvatar } from './api/update-avatar';
import type { AvatarRecord } from './dataset/avatar-record';
import { createDataset } from './dataset/create-dataset';
import { createFaultQueue } from './faults/create-fault-queue';
import { faultResponse, isErrorFault } from './faults/fault-response';
import { malformRows } from './faults/malform-rows';
import { abortableDelay, throwIfAborted } from './http/abortable-delay';
import { bareError, jsonResponse, jsonTextResponse } from './http/json-response';
import { createNetworkError } from './http/network-error';
import { ALLOWED_METHODS, faultRouteOf, matchRoute, type Route } from './match-route';
import { createUrlSigner } from './media/create-url-signer';
import { serveImage, serveVideo } from './media/serve-media';
import { resolveOptions } from './resolve-options';
import { createAvatarState } from './state/create-avatar-state';
import type { Malformation, MockApi, MockApiOptions } from './types';

const VIEW_ORIGIN = 'http://localhost';

/** A fake of the avatar API behind a web-standard `fetch`, so it runs in browsers and Node alike. */
export function createMockApi(options?: MockApiOptions): MockApi {
  const resolved = resolveOptions(options);
  const state = createAvatarState();
  const faults = createFaultQueue();
  const context: ApiContext = {
    options: resolved,
    dataset: createDataset(resolved.seed, resolved.characters),
    state,
    signer: createUrlSigner(resolved.secret),
  };
  const preparedCharacters = prepareAvatarRows(context.dataset.ownCharacters, state);
  const defaultUserId = resolved.keys.values().next().value ?? 'user_demo';
  const viewBase = `${resolved.publicOrigin ?? VIEW_ORIGIN}${resolved.basePath}`;

  async function listResponse(
    records: readonly AvatarRecord[],
    userId: string,
    mediaBase: string,
    malformed: readonly Malformation[],
  ): Promise<Response> {
    const videoUrls = await mintVideoUrls(records, context, mediaBase);
    const wire = { state, userId, mediaBase, videoUrls };
    if (malformed.length === 0) {
      return jsonTextResponse(200, serializeAvatarList(records, wire, preparedCharacters));
    }
    const rows = records.map((record) => toWireAvatar(record, wire));
    return jsonResponse(200, { success: true, avatars: malformRows(rows, malformed) });
  }

  async function respond(
    request: Request,
    url: URL,
    route: Route,
    malformed: readonly Malformation[],
  ) {
    if (route.kind === 'not-found') return bareError(404, 'Not found');
    const allowed = ALLOWED_METHODS[route.kind];
    if (!allowed.includes(request.method)) {
      return bareError(405, 'Method not allowed', { allow: allowed.join(', ') });
    }
    const mediaBase = `${resolved.publicOrigin ?? url.origin}${resolved.basePath}`;
    if (route.kind === 'image') return serveImage(context, request, route.id);
    if (route.kind === 'video') return serveVideo(context, request, url, route.id);
    const userId = authenticate(request, resolved.keys);
    if (userId instanceof Response) return userId;
    if (route.kind === 'avatar') return updateAvatar(context, userId, route.id, request);
    if (route.kind === 'public') {
      return listResponse(context.dataset.publicPool, userId, mediaBase, malformed);
    }
    const query = parseListQuery(url.searchParams);
    if (query instanceof Response) return query;
    return listResponse(selectListRecords(context, query), userId, mediaBase, malformed);
  }

  async function handle(request: Request): Promise<Response> {
    throwIfAborted(request.signal);
    const url = new URL(request.url);
    const route = matchRoute(url.pathname, resolved.basePath);
    const fault = faults.take(faultRouteOf(route, request.method, url.searchParams));
    const isMedia = route.kind === 'image' || route.kind === 'video';
    await abortableDelay(
      (isMedia ? 0 : resolved.latencyMs) + (fault?.latencyMs ?? 0),
      request.signal,
    );
    if (fault?.network) throw createNetworkError();
    const response =
      fault && isErrorFault(fault)
        ? faultResponse(fault)
        : await respond(request, url, route, fault?.malformed ?? []);
    throwIfAborted(request.signal);
    return response;
  }

  return {
    fetch: (input, init) => handle(new Request(input, init)),
    faults: { add: faults.add, clear: faults.clear, pending: faults.pending },
    basePath: resolved.basePath,
    listCharacters(userId = defaultUserId) {
      const wire = { state, userId, mediaBase: viewBase };
      return context.dataset.ownCharacters.map((record) => toWireAvatar(record, wire));
    },
    listLooks(characterId, userId = defaultUserId) {
      const wire = { state, userId, mediaBase: viewBase };
      return looksFor(context, characterId).map((record) => toWireAvatar(record, wire));
    },
    reset() {
      state.reset();
      faults.clear();
    },
  };
}
