import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/app.css';
import { App } from './app/App';
import { connect } from './platform/connect';
import { useSpeech } from './speech/speech-store';

// Long-press on a touchscreen opens a context menu in plain Chromium; a kiosk has none.
window.addEventListener('contextmenu', (e) => e.preventDefault());

const connection = connect();
document.body.dataset.screen = connection.screen;
// Before the first render, so a screen may speak on mount; nothing is asked of the host until something is spoken.
useSpeech.getState().attach(connection.platform);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App connection={connection} />
  </StrictMode>,
);
