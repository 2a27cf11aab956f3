/**
 * Runs the user's handler first; ours runs only if theirs did not call `preventDefault()`,
 * so a consumer can opt out of any built-in behaviour per event.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
