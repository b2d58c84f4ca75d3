import { forbidSchemaCompilation } from '@psoas/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { registerServiceWorker } from './platform/service-worker.ts';
import { startSessionLogSync } from './session-log/queue.ts';
import './styles/tokens.css';
import './styles/base.css';

// Before anything is parsed: the CSP allows no eval, so zod must not probe for it.
forbidSchemaCompilation();

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
