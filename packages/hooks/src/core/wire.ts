/*
 * The names the AgentHuman API puts on the wire (shared/API.md). Parse, client and proxy read them
 * from here, so a renamed field or parameter is one edit, and nothing past the client spells them.
 */

/** Fields of an avatar row, keyed by the domain name each becomes. */
export const AVATAR_FIELDS = {
  id: 'avatar_id',
  name: 'name',
  previewImageUrl: 'preview_img_url',
  parentId: 'parent_id',
  looksCount: 'looks_count',
  videoUrl: 'video_url',
  isFavorite: 'is_favorite',
  isPublic: 'is_public',
  isActive: 'active',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const;

/** The envelope around every body: `{success, avatars}` for lists, `{success, error}` for errors. */
export const ENVELOPE_FIELDS = {
  success: 'success',
  avatars: 'avatars',
  error: 'error',
} as const;

/** Fields of the error object inside `{"success":false,"error":{...}}`. */
export const ERROR_FIELDS = {
  message: 'message',
  suggestion: 'suggestion',
  code: 'code',
  details: 'details',
} as const;

/** The query parameters of `GET /v1/avatars`. */
export const LIST_PARAMS = {
  parentId: 'parent_id',
  charactersOnly: 'characters_only',
} as const;

export const AVATAR_PATHS = {
  /** Characters; looks with `parent_id`; both with `characters_only=false`. */
  list: '/v1/avatars',
  public: '/v1/avatars/public',
  /** `PUT` target of one avatar; `id` must be a checked or URL-escaped avatar id. */
  avatar: (id: string) => `/v1/avatars/${id}`,
} as const;

export const WIRE_HEADERS = {
  apiKey: 'x-api-key',
  retryAfter: 'retry-after',
} as const;
