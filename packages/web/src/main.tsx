// First: it must run before any module builds a schema (see the file).
import './platform/no-eval-schemas.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { registerServiceWorker } from './platform/service-worker.ts';
import { startSessionLogSync } from './session-log/queue.ts';
import './styles/tokens.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
// Sessions recorded offline go out now, when the device is back online, and every few minutes.
startSessionLogSync();
