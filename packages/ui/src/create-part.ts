import { type ForwardRefRenderFunction, forwardRef, memo, type PropsWithoutRef } from 'react';

/** A ref-forwarding part named for React DevTools, e.g. `AvatarPicker.Grid`. */
export function createPart<Element, Props>(
  displayName: string,
  render: ForwardRefRenderFunction<Element, PropsWithoutRef<Props>>,
) {
  return Object.assign(forwardRef(render), { displayName });
}

/**
 * A part rendered many times over (a tile): memoized, so a grid re-render with the same props
 * skips it; it subscribes to the picker store for the state that moves (highlight, tab stop).
 */
export function createMemoPart<Element, Props>(
  displayName: string,
  render: ForwardRefRenderFunction<Element, PropsWithoutRef<Props>>,
) {
  return Object.assign(memo(createPart(displayName, render)), { displayName });
}
