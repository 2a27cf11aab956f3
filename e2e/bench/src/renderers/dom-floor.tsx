import { type Character, type Look, useCharacters, useLooks } from '@avatar-picker/hooks';
import { useEffect, useRef } from 'react';
import { PEER_GRID_STYLE } from './peer-grid-style';

/** Enough rows for the runner's 40 ArrowDowns and a scroll, and no more: a floor, not a peer. */
const FLOOR_CHARACTERS = 400;

function tile(avatar: Character | Look): HTMLElement {
  const element = document.createElement('div');
  element.dataset.benchTile = '';
  if (avatar.kind === 'look') element.dataset.benchLook = '';
  element.tabIndex = -1;
  if (avatar.previewImageUrl !== null) {
    const image = document.createElement('img');
    Object.assign(image, { src: avatar.previewImageUrl, alt: '', width: 96, height: 96 });
    image.loading = 'lazy';
    element.append(image);
  }
  const name = document.createElement('button');
  name.type = 'button';
  name.dataset.benchName = '';
  name.textContent = avatar.name;
  const star = document.createElement('button');
  star.type = 'button';
  star.dataset.benchFavorite = '';
  star.ariaLabel = 'Favorite';
  star.textContent = avatar.isFavorite ? '★' : '☆';
  element.append(name, star);
  return element;
}

/**
 * What this machine's Chromium needs to present the smallest change each timed step makes, with
 * no framework and no windowing: a focus move one row down that scrolls, a row of tiles inserted,
 * a star's text swapped. The DOM is built once, by hand; each handler touches only what changes.
 * A timing target below these figures cannot pass on the machine, whatever renders the grid.
 */
export function DomFloor() {
  const characters = useCharacters().data?.items;
  const first = characters?.[0];
  // The picker's looks are usually cached by the time of a click (hover prefetch): so are these.
  const looks = useLooks(first?.id ?? null).data?.items;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const looksRef = useRef(looks);
  useEffect(() => {
    looksRef.current = looks;
  }, [looks]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller === null || characters === undefined) return;
    scroller.replaceChildren(...characters.slice(0, FLOOR_CHARACTERS).map(tile));
    const columns = () => getComputedStyle(scroller).gridTemplateColumns.split(' ').length;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowRight') return;
      const current = (event.target as HTMLElement).closest<HTMLElement>('[data-bench-tile]');
      if (current === null) return;
      event.preventDefault();
      const tiles = [...scroller.children] as HTMLElement[];
      const step = event.key === 'ArrowDown' ? columns() : 1;
      tiles[tiles.indexOf(current) + step]?.focus();
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      if (target.dataset.benchFavorite !== undefined) {
        target.textContent = target.textContent === '★' ? '☆' : '★';
        return;
      }
      const opened = target.closest<HTMLElement>('[data-bench-tile]');
      if (target.dataset.benchName === undefined || opened === null) return;
      for (const shown of scroller.querySelectorAll('[data-bench-look]')) shown.remove();
      opened.after(...(looksRef.current ?? []).map(tile));
      opened.focus();
    };
    scroller.addEventListener('keydown', onKeyDown);
    scroller.addEventListener('click', onClick);
    return () => {
      scroller.removeEventListener('keydown', onKeyDown);
      scroller.removeEventListener('click', onClick);
    };
  }, [characters]);

  return <div ref={scrollerRef} data-bench-scroller="" style={PEER_GRID_STYLE} />;
}
