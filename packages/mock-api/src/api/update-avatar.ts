import { bareError, envelopeError, jsonResponse } from '../http/json-response';
import type { ApiContext } from './api-context';

interface AvatarUpdate {
  isFavorite?: boolean;
  name?: string;
  /** True when the avatar itself changes (name, url or voice), not just the caller's favorite. */
  editsAvatar: boolean;
}

const UPDATE_FIELDS = ['is_favorite', 'name', 'url', 'voice_id'] as const;
const MAX_NAME_LENGTH = 200;

const badRequest = (message: string, code: string) =>
  envelopeError(400, {
    message,
    code,
    suggestion: `Send a JSON object with ${UPDATE_FIELDS.join(', ')}`,
  });

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Validates a `PUT /v1/avatars/{id}` body the way the API does, or returns its 400. */
export function parseAvatarUpdate(text: string): AvatarUpdate | Response {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return badRequest('Invalid JSON body', 'INVALID_JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return badRequest('No fields to update', 'NO_FIELDS');
  }
  const fields = body as Record<string, unknown>;
  if (!UPDATE_FIELDS.some((field) => fields[field] !== undefined)) {
    return badRequest('No fields to update', 'NO_FIELDS');
  }
  const { is_favorite: isFavorite, name, url, voice_id: voiceId } = fields;
  if (isFavorite !== undefined && typeof isFavorite !== 'boolean') {
    return badRequest('is_favorite must be a boolean', 'INVALID_FIELD');
  }
  if (
    name !== undefined &&
    (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH)
  ) {
    return badRequest(
      `name must be a string of 1 to ${MAX_NAME_LENGTH} characters`,
      'INVALID_FIELD',
    );
  }
  if (url !== undefined && (typeof url !== 'string' || !isHttpUrl(url))) {
    return badRequest('url must be an http(s) URL', 'INVALID_FIELD');
  }
  if (voiceId !== undefined && (typeof voiceId !== 'string' || voiceId === '')) {
    return badRequest('voice_id must be a non-empty string', 'INVALID_FIELD');
  }
  return {
    isFavorite,
    name,
    editsAvatar: name !== undefined || url !== undefined || voiceId !== undefined,
  };
}

/** `PUT /v1/avatars/{id}`: favorites are per user; edits belong to the owning account. */
export async function updateAvatar(
  context: ApiContext,
  userId: string,
  avatarId: string,
  request: Request,
): Promise<Response> {
  const update = parseAvatarUpdate(await request.text());
  if (update instanceof Response) return update;
  const record = context.dataset.find(avatarId);
  const owned = record?.owner === 'account';
  const visible = record !== undefined && (owned || record.isPublic);
  const favoriteRefused =
    update.isFavorite !== undefined && !owned && context.options.publicFavorites === 'reject';
  if (!visible || favoriteRefused || (update.editsAvatar && !owned)) {
    return bareError(404, 'Avatar not found');
  }
  if (update.isFavorite !== undefined) {
    context.state.setFavorite(userId, avatarId, update.isFavorite);
  }
  if (update.editsAvatar) {
    context.state.edit(avatarId, { name: update.name }, context.options.now());
  }
  return jsonResponse(200, { success: true });
}
