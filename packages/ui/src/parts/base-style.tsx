'use client';

/*
 * The layout the parts cannot work without, so the picker is usable with no stylesheet at all:
 * windowed rows on a scrolling grid, tiles that stay inside their row, the preview over its
 * image, the dialog centred over an overlay. Every selector is wrapped in :where(), so any rule
 * of a theme or host stylesheet wins over it; styles.css only adds the look.
 */
const BASE_CSS = `:where([data-ap-grid]){position:relative;display:block;block-size:var(--ap-grid-height,420px);overflow-y:auto}
:where([data-ap-row]){display:grid;grid-template-columns:repeat(var(--ap-columns,4),minmax(0,1fr));gap:var(--ap-gap,8px);padding-block-end:var(--ap-gap,8px);box-sizing:border-box}
:where([data-ap-cell]){position:relative;min-inline-size:0;overflow:hidden}
:where([data-ap-status-cell]){grid-column:1/-1}
:where([data-ap-row]:has(>[data-ap-row-label])){padding-block-start:1.5em}
:where([data-ap-row-label]){position:absolute;inset-block-start:0;inset-inline-start:0;font-size:.75em}
:where([data-ap-media],[data-ap-image]){position:relative;display:block;inline-size:var(--ap-image-size,64px);block-size:var(--ap-image-size,64px);object-fit:cover}
:where([data-ap-preview]){position:absolute;inset:0}
:where([data-ap-preview]>video){inline-size:100%;block-size:100%;object-fit:cover}
:where([data-ap-preview][data-state=idle]>video){opacity:0}
:where([data-ap-name]){display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
:where([data-ap-loading]){block-size:var(--ap-grid-height,420px);overflow:hidden}
:where([data-ap-dialog-overlay]){position:fixed;inset:0;background:rgb(0 0 0/.5)}
:where([data-ap-dialog]){position:fixed;inset-block-start:50%;inset-inline-start:50%;translate:-50% -50%;inline-size:min(48rem,calc(100vw - 2rem));max-block-size:calc(100vh - 2rem);overflow:auto;box-sizing:border-box;padding:1rem;background:Canvas;color:CanvasText}
:where([dir=rtl] [data-ap-dialog],[data-ap-dialog][dir=rtl]){translate:50% -50%}`;

/**
 * Rendered by every Root. React 19 hoists it into the document (or shadow root) head once for
 * all pickers; React 18 leaves one in place per picker, which is harmless.
 */
export function BaseStyle() {
  return (
    <style href="avatar-picker-base" precedence="avatar-picker">
      {BASE_CSS}
    </style>
  );
}
