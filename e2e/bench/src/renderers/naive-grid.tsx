import { type Avatar, useFavorite } from '@avatar-picker/hooks';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { PEER_GRID_STYLE } from './peer-grid-style';
import { usePeerItems } from './use-peer-items';

const STEP: Record<string, (columns: number) => number> = {
  ArrowRight: () => 1,
  ArrowLeft: () => -1,
  ArrowDown: (columns) => columns,
  ArrowUp: (columns) => -columns,
};

/** One tile, written the obvious way: no memo, props straight from the list. */
function NaiveTile({
  avatar,
  active,
  onOpen,
}: {
  avatar: Avatar;
  active: boolean;
  onOpen: () => void;
}) {
  const { setFavorite } = useFavorite(avatar.id);
  return (
    <div
      data-bench-tile=""
      data-bench-look={avatar.kind === 'look' ? '' : undefined}
      tabIndex={active ? 0 : -1}
      style={{ blockSize: 128 }}
    >
      {avatar.previewImageUrl !== null && (
        <img src={avatar.previewImageUrl} alt="" width={96} height={96} loading="lazy" />
      )}
      <button type="button" data-bench-name="" onClick={onOpen}>
        {avatar.name}
      </button>
      <button
        type="button"
        // As in the picker: the tile says the name, so the star does not repeat it.
        aria-label="Favorite"
        data-bench-favorite=""
        onClick={() => setFavorite(!avatar.isFavorite)}
      >
        {avatar.isFavorite ? '★' : '☆'}
      </button>
    </div>
  );
}
NaiveTile.displayName = 'NaiveTile';

/** Every tile in a plain `map` inside a scrolling CSS grid: what one would write first. */
export function NaiveGrid() {
  const { items, toggle } = usePeerItems();
  const [active, setActive] = useState(0);
  const gridRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    gridRef.current?.querySelectorAll<HTMLElement>('[data-bench-tile]')[active]?.focus();
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEP[event.key];
    const grid = gridRef.current;
    if (step === undefined || grid === null || items === undefined) return;
    event.preventDefault();
    const columns = getComputedStyle(grid).gridTemplateColumns.split(' ').length;
    moved.current = true;
    setActive((current) => Math.min(items.length - 1, Math.max(0, current + step(columns))));
  };

  if (items === undefined) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the peer as one would first write it, a div grid
    <div
      ref={gridRef}
      role="grid"
      aria-label="Avatars"
      data-bench-scroller=""
      onKeyDown={onKeyDown}
      style={PEER_GRID_STYLE}
    >
      {items.map((avatar, index) => (
        <NaiveTile
          key={avatar.id}
          avatar={avatar}
          active={index === active}
          onOpen={() => {
            setActive(index);
            if (avatar.kind === 'character') toggle(avatar.id);
          }}
        />
      ))}
    </div>
  );
}
