import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptTokenFromUrl } from './api/token';
import { App } from './app/App';
import { initI18n } from './i18n';

adoptTokenFromUrl();
initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('Element #root fehlt in index.html.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
