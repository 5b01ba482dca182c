// Renderer entry: language first (so the first paint is in the right one), then the React app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { initI18n } from './i18n';
import { App } from './App';
import './styles/app.css';

// zod otherwise probes `new Function`, which the production CSP (script-src 'self') refuses and reports.
z.config({ jitless: true });
initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
