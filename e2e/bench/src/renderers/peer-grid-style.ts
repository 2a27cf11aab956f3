import type { CSSProperties } from 'react';

/**
 * The scrolling CSS grid of the naive grid and the DOM floor: one layout, so only rendering
 * differs.
 */
export const PEER_GRID_STYLE: CSSProperties = {
  blockSize: 420,
  overflow: 'auto',
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(112px, 1fr))',
  gap: 8,
};
