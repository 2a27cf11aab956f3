import '@avatar-picker/ui/styles.css';
import './demo-app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoApp } from './demo-app';
import { PartsApp } from './parts-app';
import { readTheme } from './read-theme';

const theme = readTheme(window.location.search);
if (theme !== null) document.documentElement.dataset.theme = theme;

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');
createRoot(container).render(
  <StrictMode>
    {/* `?app=parts`: the picker assembled from its parts, as a design system would. */}
    {new URLSearchParams(window.location.search).get('app') === 'parts' ? (
      <PartsApp />
    ) : (
      <DemoApp theme={theme} />
    )}
  </StrictMode>,
);
