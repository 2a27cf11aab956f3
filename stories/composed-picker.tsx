import { AvatarPicker, type AvatarPickerRootProps } from '@avatar-picker/ui';

/**
 * A host app's own CSS for the unstyled parts: it targets the parts' class names and their
 * data-* state attributes, nothing from styles.css.
 */
export const COMPOSED_PICKER_CSS = `
  .picker { display: grid; gap: 12px; font: 15px/1.4 Georgia, serif; color: #1f2933; }
  .toolbar { display: flex; gap: 8px; flex-wrap: wrap; }
  .search { flex: 1; padding: 6px 10px; border: 2px solid #1f2933; border-radius: 0; font: inherit; }
  .filters { display: flex; gap: 4px; }
  .filters [role="radio"] { padding: 4px 10px; border: 2px solid #1f2933; background: #fff; color: inherit; font: inherit; }
  .filters [role="radio"][data-state="checked"] { background: #1f2933; color: #fff; }
  .grid { block-size: 360px; overflow-y: auto; --ap-row-height: 150px; --ap-tile-size: 120px; --ap-gap: 10px; }
  .grid [role="row"] { display: grid; grid-template-columns: repeat(var(--ap-columns), minmax(0, 1fr)); gap: 10px; }
  .grid [role="gridcell"] { position: relative; min-inline-size: 0; }
  .grid [role="gridcell"] > button:first-child, .grid [data-ap-look] { display: grid; justify-items: center; gap: 4px; inline-size: 100%; padding: 8px; border: 2px solid #1f2933; background: #fff; color: inherit; font: inherit; }
  .grid [data-ap-look][data-state="checked"] { background: #fde68a; }
  .grid [data-ap-look][data-disabled] { opacity: 0.6; }
  .grid img { inline-size: 56px; block-size: 56px; }
  .grid [data-ap-name] { max-inline-size: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .grid [data-ap-favorite] { position: absolute; inset-block-start: 4px; inset-inline-end: 4px; border: 0; background: none; color: #1f2933; }
  .grid [data-ap-media] { position: relative; }
  .grid [data-ap-preview] { position: absolute; inset: 0; }
  .grid video { inline-size: 100%; block-size: 100%; object-fit: cover; }
`;

/** The picker assembled from its parts in a custom order, with the host's own class names. */
export function ComposedPicker(props: AvatarPickerRootProps) {
  return (
    <AvatarPicker.Root {...props} className="picker">
      <AvatarPicker.Grid className="grid" columns={3} />
      <div className="toolbar">
        <AvatarPicker.Search className="search" placeholder="Type a name" />
        <AvatarPicker.Filters className="filters" />
      </div>
      <AvatarPicker.Loading tiles={6} />
      <AvatarPicker.Error />
      <AvatarPicker.Empty />
    </AvatarPicker.Root>
  );
}
