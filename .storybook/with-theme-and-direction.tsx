import type { Decorator } from '@storybook/react-vite';
import { type ReactNode, useLayoutEffect } from 'react';

type Theme = 'light' | 'dark';
type Direction = 'ltr' | 'rtl';

const isTheme = (value: unknown): value is Theme => value === 'light' || value === 'dark';
const isDirection = (value: unknown): value is Direction => value === 'ltr' || value === 'rtl';

function setAttribute(element: HTMLElement, name: string, value: string): () => void {
  const previous = element.getAttribute(name);
  element.setAttribute(name, value);
  return () => {
    if (previous === null) element.removeAttribute(name);
    else element.setAttribute(name, previous);
  };
}

function StoryFrame(props: {
  theme: Theme;
  direction: Direction;
  wholeDocument: boolean;
  children: ReactNode;
}) {
  const { theme, direction, wholeDocument, children } = props;
  // Dialogs render in a portal outside the frame; on a single-story canvas the document itself
  // carries the theme and direction, as a host page would. Docs pages show many stories at once,
  // so there only the frame does.
  useLayoutEffect(() => {
    if (!wholeDocument) return;
    const root = document.documentElement;
    const restoreTheme = setAttribute(root, 'data-theme', theme);
    const restoreDirection = setAttribute(root, 'dir', direction);
    return () => {
      restoreTheme();
      restoreDirection();
    };
  }, [theme, direction, wholeDocument]);
  return (
    <div data-theme={theme} dir={direction} className="story-frame">
      {children}
    </div>
  );
}

/**
 * Applies the toolbar's theme and direction the way a host page would: styles.css reads
 * `[data-theme]` on any ancestor and uses logical properties, so `dir` mirrors the layout.
 */
export const withThemeAndDirection: Decorator = (Story, { globals, viewMode }) => (
  <StoryFrame
    theme={isTheme(globals.theme) ? globals.theme : 'light'}
    direction={isDirection(globals.direction) ? globals.direction : 'ltr'}
    wholeDocument={viewMode === 'story'}
  >
    <Story />
  </StoryFrame>
);
