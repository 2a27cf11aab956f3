import { type ForwardRefRenderFunction, forwardRef, type PropsWithoutRef } from 'react';

/** A ref-forwarding part named for React DevTools, e.g. `AvatarPicker.Grid`. */
export function createPart<Element, Props>(
  displayName: string,
  render: ForwardRefRenderFunction<Element, PropsWithoutRef<Props>>,
) {
  return Object.assign(forwardRef(render), { displayName });
}
