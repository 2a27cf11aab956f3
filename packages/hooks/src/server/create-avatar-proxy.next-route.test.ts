import { describe, expect, it } from 'vitest';
import {
  API_KEY,
  createReadmeProxy,
  fakeUpstreamPerTest,
  upstreamCalls,
} from '../testing/readme-proxy';

const { upstream } = fakeUpstreamPerTest();

/** The README's `app/api/avatars/[...path]/route.ts`: `export { proxy as GET, proxy as PUT }`. */
function readmeRoute() {
  const proxy = createReadmeProxy();
  return { GET: proxy, PUT: proxy };
}

describe('createAvatarProxy as a Next.js route handler', () => {
  it('serves the contract routes under basePath with the key added', async () => {
    const { GET, PUT } = readmeRoute();
    const list = await GET(new Request('http://localhost:3000/api/avatars/v1/avatars'));
    expect(list.status).toBe(200);
    const body = await list.text();
    expect(body).not.toContain(API_KEY);
    const id: string = JSON.parse(body).avatars[0].avatar_id;
    const favorite = await PUT(
      new Request(`http://localhost:3000/api/avatars/v1/avatars/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"is_favorite":true}',
      }),
    );
    expect(favorite.status).toBe(200);
    expect(upstreamCalls(upstream)).toEqual([
      `GET https://api.agenthuman.com/v1/avatars key=${API_KEY}`,
      `PUT https://api.agenthuman.com/v1/avatars/${id} key=${API_KEY}`,
    ]);
  });

  it('refuses other routes without calling upstream', async () => {
    const { GET } = readmeRoute();
    const refused = await GET(new Request('http://localhost:3000/api/avatars/v1/sessions'));
    expect(refused.status).toBe(404);
    expect(upstream).not.toHaveBeenCalled();
  });
});
