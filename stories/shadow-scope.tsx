import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

/**
 * Renders its children inside a shadow root with only the given CSS, so page-wide styles
 * (the preview loads styles.css for every story) cannot reach them.
 */
export function ShadowScope({
  css,
  label,
  children,
}: {
  css: string;
  label: string;
  children: ReactNode;
}) {
  const hostRef = useRef<HTMLElement>(null);
  const [container, setContainer] = useState<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const mount = document.createElement('div');
    shadow.replaceChildren(style, mount);
    setContainer(mount);
    return () => {
      shadow.replaceChildren();
      setContainer(null);
    };
  }, [css]);

  return (
    <section ref={hostRef} aria-label={label} data-shadow-scope="">
      {container !== null && createPortal(children, container)}
    </section>
  );
}
