// First: React DevTools' hook must exist before react-dom loads for the render counter to see it.
import './render-counter';
import './bench-tiles.css';
import { AvatarClientProvider, useCharacters, usePublicAvatars } from '@avatar-picker/hooks';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { installBench, type RendererSpec } from './bench-harness';

type Renderer = ComponentType;

/**
 * Each renderer is its own chunk, so a page parses only the renderer it measures. It is loaded
 * before React mounts: the data fetch then starts at the same moment for every renderer.
 */
const LOADERS: Record<string, () => Promise<Renderer | null>> = {
  picker: () => import('./renderers/picker-renderer').then((module) => module.PickerRenderer),
  aria: () => import('./renderers/aria-grid').then((module) => module.AriaGrid),
  naive: () => import('./renderers/naive-grid').then((module) => module.NaiveGrid),
  floor: () => import('./renderers/dom-floor').then((module) => module.DomFloor),
  none: async () => null,
};

const RENDERERS: Record<string, RendererSpec | null> = {
  picker: {
    tile: '[data-ap-cell]',
    tileComponents: ['AvatarPicker.Character', 'AvatarPicker.Look'],
    scroller: '[data-ap-grid]',
  },
  aria: {
    tile: '[data-bench-tile]',
    // React Aria renders each item through its collection's leaf component, named `Component`
    // (the only leaf kind in a GridList); AriaTile itself is a cached element it rarely re-renders.
    tileComponents: ['Component', 'AriaTile'],
    scroller: '[data-bench-scroller]',
  },
  naive: {
    tile: '[data-bench-tile]',
    tileComponents: ['NaiveTile'],
    scroller: '[data-bench-scroller]',
  },
  floor: {
    tile: '[data-bench-tile]',
    // Its tiles are plain DOM: no component renders one.
    tileComponents: [],
    scroller: '[data-bench-scroller]',
  },
  // Loads the same data and renders nothing: the heap baseline.
  none: null,
};

const params = new URLSearchParams(window.location.search);
const renderer = params.get('renderer') ?? 'picker';
const characters = params.get('characters') ?? '1000';
if (!(renderer in RENDERERS) || !(renderer in LOADERS))
  throw new Error(`bench: unknown renderer "${renderer}"`);
if (!/^\d+$/.test(characters)) throw new Error(`bench: characters must be a number`);

/**
 * Loads the two lists the picker's "All" view reads, for every renderer, so the pages differ only
 * in rendering: the peers render `useCharacters()` (the same cached query) and the picker its own.
 */
function BenchShell({ Renderer }: { Renderer: Renderer | null }) {
  const own = useCharacters();
  const shared = usePublicAvatars();
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (rootRef.current !== null) installBench(rootRef.current, RENDERERS[renderer] ?? null);
  }, []);
  const loaded = own.data !== undefined && shared.data !== undefined;
  return (
    <div
      ref={rootRef}
      data-bench-root=""
      data-bench-loaded={loaded ? '' : undefined}
      style={{ inlineSize: 960 }}
    >
      {Renderer !== null && <Renderer />}
    </div>
  );
}

const queryClient = new QueryClient();
const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');
const Renderer = await (LOADERS[renderer] as () => Promise<Renderer | null>)();
createRoot(container).render(
  <QueryClientProvider client={queryClient}>
    <AvatarClientProvider baseUrl={`/api/${characters}`}>
      <BenchShell Renderer={Renderer} />
    </AvatarClientProvider>
  </QueryClientProvider>,
);
