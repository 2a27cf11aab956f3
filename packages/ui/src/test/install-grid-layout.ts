export interface GridLayoutSize {
  width: number;
  height: number;
}

/**
 * jsdom has no layout: give the grid's scroll container a size (read by the virtualizer and the
 * column measurement through clientWidth / clientHeight, the scroll range through scrollHeight)
 * and make scrollTo move scrollTop and fire `scroll`, so virtualized rows render as in a browser.
 */
export function installGridLayout(size: GridLayoutSize = { width: 600, height: 420 }): void {
  const scrollTops = new WeakMap<Element, number>();
  const isGrid = (element: Element) => element.hasAttribute('data-ap-grid');
  Object.defineProperties(HTMLElement.prototype, {
    clientWidth: {
      configurable: true,
      get(this: HTMLElement) {
        return isGrid(this) ? size.width : 0;
      },
    },
    clientHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return isGrid(this) ? size.height : 0;
      },
    },
    scrollHeight: {
      configurable: true,
      get(this: HTMLElement) {
        if (!isGrid(this)) return 0;
        const content = this.firstElementChild as HTMLElement | null;
        return Number.parseFloat(content?.style.blockSize ?? '') || 0;
      },
    },
    scrollTop: {
      configurable: true,
      get(this: HTMLElement) {
        return scrollTops.get(this) ?? 0;
      },
      set(this: HTMLElement, value: number) {
        scrollTops.set(this, value);
      },
    },
  });
  Element.prototype.scrollTo = function scrollTo(
    this: Element,
    options?: ScrollToOptions | number,
    y?: number,
  ) {
    const top = typeof options === 'object' ? options.top : y;
    if (top === undefined) return;
    scrollTops.set(this, top);
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollTo'];
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
