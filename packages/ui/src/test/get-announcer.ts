/** The picker's polite live region, where results and favorite outcomes are announced. */
export function getAnnouncer(): HTMLElement {
  const announcer = document.querySelector<HTMLElement>('[data-ap-announcer]');
  if (announcer === null) throw new Error('No picker live region is rendered.');
  return announcer;
}
