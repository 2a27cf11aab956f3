import type { ComponentProps } from 'react';
import { describe, it } from 'vitest';
import type { AvatarPicker } from '../parts/avatar-picker';

declare function renderPicker(props: ComponentProps<typeof AvatarPicker>): void;

describe('the labels prop', () => {
  it('takes some entries of a grouped label, so a new filter or sort order breaks no host', () => {
    renderPicker({ labels: { filter: { all: 'Tous', favorites: 'Favoris' } } });
    renderPicker({ labels: { sortOrder: { name: 'Nom' }, search: 'Rechercher' } });
  });

  it('still refuses what is not a label', () => {
    // @ts-expect-error not a filter the picker has
    renderPicker({ labels: { filter: { everything: 'Tout' } } });
    // @ts-expect-error a filter label is a string
    renderPicker({ labels: { filter: { all: 1 } } });
  });
});
