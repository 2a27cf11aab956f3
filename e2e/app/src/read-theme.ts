export type DemoTheme = 'light' | 'dark';

/** `?theme=dark` or `?theme=light` forces a theme; anything else follows the system setting. */
export function readTheme(search: string): DemoTheme | null {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'dark' || theme === 'light' ? theme : null;
}
