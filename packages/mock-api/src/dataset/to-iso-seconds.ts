/** `2024-01-15T10:30:00Z`, the API's timestamp style (whole seconds, no milliseconds). */
export function toIsoSeconds(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}
