import { type Avatar, useFavorite } from '@avatar-picker/hooks';
import {
  Button,
  GridLayout,
  GridList,
  GridListItem,
  Size,
  Virtualizer,
} from 'react-aria-components';
import { usePeerItems } from './use-peer-items';

const layoutOptions = {
  minItemSize: new Size(112, 128),
  maxItemSize: new Size(160, 128),
  minSpace: new Size(8, 8),
  preserveAspectRatio: true,
};

/** One tile, as React Aria's docs build grid items: image, name, and a favorite button. */
function AriaTile({ avatar }: { avatar: Avatar }) {
  const { setFavorite } = useFavorite(avatar.id);
  return (
    <div data-bench-tile="" data-bench-look={avatar.kind === 'look' ? '' : undefined}>
      {avatar.previewImageUrl !== null && (
        <img src={avatar.previewImageUrl} alt="" width={96} height={96} loading="lazy" />
      )}
      <span data-bench-name="">{avatar.name}</span>
      <Button
        // As in the picker: the tile says the name, so the star does not repeat it.
        aria-label="Favorite"
        data-bench-favorite=""
        onPress={() => setFavorite(!avatar.isFavorite)}
      >
        {avatar.isFavorite ? '★' : '☆'}
      </Button>
    </div>
  );
}
AriaTile.displayName = 'AriaTile';

/** React Aria's virtualized GridList in grid layout, over the same cached lists as the picker. */
export function AriaGrid() {
  const { items, toggle } = usePeerItems();
  if (items === undefined) return null;
  return (
    <Virtualizer layout={GridLayout} layoutOptions={layoutOptions}>
      <GridList
        aria-label="Avatars"
        layout="grid"
        items={items}
        data-bench-scroller=""
        style={{ blockSize: 420, overflow: 'auto' }}
        onAction={(key) => {
          const avatar = items.find((item) => item.id === key);
          if (avatar?.kind === 'character') toggle(avatar.id);
        }}
      >
        {(avatar) => (
          <GridListItem id={avatar.id} textValue={avatar.name}>
            <AriaTile avatar={avatar} />
          </GridListItem>
        )}
      </GridList>
    </Virtualizer>
  );
}
