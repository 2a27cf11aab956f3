/** How long the proxy waits for the upstream API, and `verifyLookId` for its whole check. */
export const UPSTREAM_TIMEOUT_MS = 10_000;

export interface UpstreamDeadline {
  /** Aborts after `timeoutMs`, or with the caller's reason when the caller's signal aborts. */
  signal: AbortSignal;
  /** The time ran out (rather than the caller giving up). */
  timedOut: () => boolean;
  /** Stops the timer and stops listening to the caller's signal; call it once the work is done. */
  clear: () => void;
}

/**
 * One signal for work on the upstream API that a caller may cancel and that must not wait for an
 * upstream that never answers.
 */
export function upstreamDeadline(timeoutMs: number, caller?: AbortSignal): UpstreamDeadline {
  const controller = new AbortController();
  const timeout = new DOMException('Upstream timed out', 'TimeoutError');
  const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
  const onCallerAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) onCallerAbort();
  caller?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => controller.signal.reason === timeout,
    clear: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}
