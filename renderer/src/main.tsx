// Renderer entry: bundled CJK font, i18n, the Host, the project worker, then the shell.
import '@fontsource/noto-sans-sc/400.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppController } from './app/app-controller';
import { getHost } from './host/get-host';
import { currentLanguage, initI18n } from './i18n/i18n';
import { useAppStore } from './state/app-store';
import { startProjectWorker } from './worker/worker-client';

async function boot(): Promise<void> {
  await initI18n();
  useAppStore.setState({ language: currentLanguage() });
  const controller = new AppController(getHost(), startProjectWorker());
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element');
  createRoot(rootElement).render(
    <StrictMode>
      <App app={controller} />
    </StrictMode>,
  );
  await controller.start();
}

void boot();
