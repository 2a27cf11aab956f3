import type { CSSProperties } from 'react';

/** Places a virtualized row; transform keeps scrolling on the compositor. */
export function rowStyle(start: number, size: number): CSSProperties {
  return {
    position: 'absolute',
    insetBlockStart: 0,
    insetInlineStart: 0,
    inlineSize: '100%',
    blockSize: size,
    transform: `translateY(${start}px)`,
  };
}
