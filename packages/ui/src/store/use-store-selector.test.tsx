import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore, type Store, useStoreSelector } from './create-store';

interface State {
  active: string | null;
}

const isActive = (id: string) => (state: State) => state.active === id;
const selectors = { a: isActive('a'), b: isActive('b'), c: isActive('c') };
const renders: Record<string, number> = {};

function Tile({ id, store }: { id: 'a' | 'b' | 'c'; store: Store<State> }) {
  renders[id] = (renders[id] ?? 0) + 1;
  const active = useStoreSelector(store, selectors[id]);
  return <span>{`${id}:${active ? 'on' : 'off'}`}</span>;
}

describe('useStoreSelector', () => {
  it('re-renders only the components whose slice changed', () => {
    const store = createStore<State>({ active: 'a' });
    render(
      <>
        <Tile id="a" store={store} />
        <Tile id="b" store={store} />
        <Tile id="c" store={store} />
      </>,
    );
    act(() => store.set({ active: 'b' }));
    expect(screen.getByText('a:off')).toBeInTheDocument();
    expect(screen.getByText('b:on')).toBeInTheDocument();
    expect(renders).toEqual({ a: 2, b: 2, c: 1 });
  });
});
