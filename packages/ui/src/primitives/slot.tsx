'use client';
import {
  Children,
  cloneElement,
  forwardRef,
  type HTMLAttributes,
  isValidElement,
  type ReactElement,
  type ReactNode,
  type Ref,
  version,
} from 'react';
import { mergeProps } from './merge-props';

export interface AsChildProps {
  /** Render the single child element instead, with this part's props and behaviour merged in. */
  asChild?: boolean;
}

/** The child's own ref: a prop since React 19, the element's `ref` before. */
function childRef(element: ReactElement): Ref<unknown> | undefined {
  if (Number.parseInt(version, 10) >= 19) return (element.props as { ref?: Ref<unknown> }).ref;
  return (element as unknown as { ref?: Ref<unknown> }).ref;
}

/**
 * Radix's `Slot`: merges its props into its only child. The child's handlers run first and can
 * `preventDefault()` the part's; styles merge, class names join, refs compose.
 */
export const Slot = forwardRef<HTMLElement, HTMLAttributes<HTMLElement> & { children?: ReactNode }>(
  function Slot({ children, ...slotProps }, ref) {
    const child = Children.only(children);
    if (!isValidElement(child)) return null;
    return cloneElement(
      child,
      mergeProps(
        { ...slotProps, ref },
        { ...(child.props as object), ref: childRef(child) },
      ) as object,
    );
  },
);
