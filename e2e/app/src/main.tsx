import '@avatar-picker/ui/styles.css';
import './demo-app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoApp } from './demo-app';
import { readTheme } from './read-theme';

const theme = readTheme(window.location.search);
if (theme !== null) document.documentElement.dataset.theme = theme;

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');
createRoot(container).render(
  <StrictMode>
    <DemoApp theme={theme} />
  </StrictMode>,
);
