import type { MockApi, WireAvatar } from '@avatar-picker/mock-api';

const DEMO_KEY = 'demo-key';

async function list(api: MockApi, pathAndQuery: string): Promise<WireAvatar[]> {
  const response = await api.fetch(
    `http://dataset.local${api.basePath}/v1/avatars${pathAndQuery}`,
    {
      headers: { 'x-api-key': DEMO_KEY },
    },
  );
  const body: unknown = await response.json();
  if (
    !response.ok ||
    typeof body !== 'object' ||
    body === null ||
    !('avatars' in body) ||
    !Array.isArray(body.avatars)
  ) {
    throw new Error(`The story dataset could not be read (HTTP ${response.status})`);
  }
  return body.avatars as WireAvatar[];
}

/** The public avatars as the fake serves them: mostly characters of other accounts. */
export function listPublic(api: MockApi): Promise<WireAvatar[]> {
  return list(api, '/public');
}

/** A look of the story's account with its character and siblings, as the fake serves them. */
export interface DatasetLook {
  character: WireAvatar;
  looks: WireAvatar[];
  look: WireAvatar;
}

export const isActiveLook = (look: WireAvatar) => look.active !== 0;
export const hasVideo = (look: WireAvatar) => typeof look.video_url === 'string';
/** A look that can be picked and previews a clip. */
export const isPlayableLook = (look: WireAvatar) => isActiveLook(look) && hasVideo(look);

/**
 * The first look of the account's characters that passes `accept`. Looks come from `fetch`,
 * not `listLooks`, because only served rows carry their signed `video_url`.
 */
export async function findLook(
  api: MockApi,
  accept: (look: WireAvatar) => boolean,
): Promise<DatasetLook> {
  for (const character of await list(api, '')) {
    const looks = await list(api, `?parent_id=${encodeURIComponent(character.avatar_id)}`);
    const look = looks.find(accept);
    if (look !== undefined) return { character, looks, look };
  }
  throw new Error('No look of the story dataset matches');
}
