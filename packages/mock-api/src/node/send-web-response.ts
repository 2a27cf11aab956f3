import type { ServerResponse } from 'node:http';

/** Writes a web `Response` to Node, streaming the body and keeping every header. */
export async function sendWebResponse(
  target: ServerResponse,
  response: Response,
  extraHeaders: Record<string, string>,
): Promise<void> {
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  target.writeHead(response.status, headers);
  if (!response.body) {
    target.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (target.destroyed) {
        await reader.cancel();
        return;
      }
      if (!target.write(value)) {
        await new Promise<void>((resolve) => {
          target.once('drain', resolve);
          target.once('close', resolve);
        });
      }
    }
  } finally {
    reader.releaseLock();
  }
  target.end();
}
