import './test-fonts.css';
import './demo-app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoApp } from './demo-app';
import { PartsApp } from './parts-app';
import { readTheme } from './read-theme';

const params = new URLSearchParams(window.location.search);
// `?app=unstyled`: the demo without the optional theme, as a user who skipped styles.css sees it.
const app = params.get('app');
const themeLoaded = app === 'unstyled' ? Promise.resolve() : import('@avatar-picker/ui/styles.css');

const theme = readTheme(window.location.search);
if (theme !== null) document.documentElement.dataset.theme = theme;

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');
// The page's Latin text in both weights: loaded before the first frame, so swapping from a
// fallback font never moves the page (the layout-shift test counts every shift). A font that
// fails to load must not keep the page blank.
const fontsLoaded = Promise.all(
  ['400 1rem "Noto Sans"', '600 1rem "Noto Sans"'].map((font) => document.fonts.load(font)),
).catch(() => undefined);

// Rendered once the theme and fonts are in, so the first frame is already styled.
void Promise.all([themeLoaded, fontsLoaded]).then(() =>
  createRoot(container).render(
    <StrictMode>
      {/* `?app=parts`: the picker assembled from its parts, as a design system would. */}
      {app === 'parts' ? <PartsApp /> : <DemoApp theme={theme} />}
    </StrictMode>,
  ),
);
