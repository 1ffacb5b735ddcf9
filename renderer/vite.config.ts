import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import packageJson from '../package.json' with { type: 'json' };

// The renderer's build config. It uses no Node module itself (the renderer layer never does): Vite provides
// import.meta.dirname when it loads this file. The same static build is served by Electron's app:// protocol and, in
// the browser fallback, by `npm run web`; relative asset URLs (base './') make the files work under both.
const rendererRoot = import.meta.dirname;

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  worker: { format: 'es' },
  build: {
    outDir: `${rendererRoot}/../out/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 4173, strictPort: false },
});
