// Renderer entry: bundled CJK font, i18n, the Host, the project worker, then the shell.
import '@fontsource/noto-sans-sc/400.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProvider } from './app/app-context';
import { createAppServices, startApp } from './app/start-app';
import { getHost } from './host/get-host';
import { currentLanguage, initI18n } from './i18n/i18n';
import { useAppStore } from './state/app-store';
import { startProjectWorker } from './worker/worker-client';

declare global {
  interface Window {
    /** The UI state, for end-to-end tests that check exact stored values (the map only has tiled copies). */
    __landlinkState?: typeof useAppStore.getState;
  }
}

async function boot(): Promise<void> {
  window.__landlinkState = useAppStore.getState;
  await initI18n();
  // `landlink print` drives a headless print page on the same build (renderer/src/print/headless-print.tsx).
  const params = new URLSearchParams(location.search);
  if (params.get('print') === 'headless') {
    const { runHeadlessPrint } = await import('./print/headless-print');
    await runHeadlessPrint(params);
    return;
  }
  useAppStore.setState({ language: currentLanguage() });
  const services = createAppServices(getHost(), startProjectWorker());
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element');
  createRoot(rootElement).render(
    <StrictMode>
      <AppProvider services={services}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
  await startApp(services);
}

void boot();
