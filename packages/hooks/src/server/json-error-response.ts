/** An error in the API's own envelope shape, so clients read proxy errors like upstream ones. */
export function jsonErrorResponse(
  status: number,
  message: string,
  code: string,
  extraHeaders: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ success: false, error: { message, code } }), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...extraHeaders,
    },
  });
}
