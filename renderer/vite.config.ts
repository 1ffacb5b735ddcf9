import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is one static build served either by Electron's app:// protocol or, in the browser fallback, by
// `npm run web`. Relative asset URLs (base './') make the same files work under both.
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 4173, strictPort: false },
});
