/** Minimal valid wire rows for hand-made responses. */
export function wireCharacter(id: string) {
  return {
    avatar_id: id,
    name: 'Ana',
    preview_img_url: 'https://example.com/a.png',
    parent_id: null,
    looks_count: 1,
    is_favorite: 0,
    is_public: 0,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
  };
}

export function wireLook(id: string, characterId: string) {
  return { ...wireCharacter(id), parent_id: characterId, video_url: 'https://example.com/v.webm' };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}
