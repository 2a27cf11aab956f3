/** Whether `element` sits in a right-to-left layout, where arrow keys swap their sides. */
export function isRtl(element: Element): boolean {
  return element.closest('[dir]')?.getAttribute('dir') === 'rtl';
}
