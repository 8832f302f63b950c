import { SearchPage } from './search-page';

// Vite bundles the worker as its own same-origin file (allowed by the CSP's script-src 'self').
SearchPage.createWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
