import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// Main and preload are built here; the renderer has its own vite config (renderer/vite.config.ts) because the same
// build also serves the browser fallback. The preload is CommonJS: sandboxed preloads cannot be ES modules.
export default defineConfig({
  main: {
    build: {
      outDir: here('../out/main'),
      lib: { entry: here('./main/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rollupOptions: { external: ['electron'] },
    },
  },
  preload: {
    build: {
      outDir: here('../out/preload'),
      lib: { entry: here('./preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rollupOptions: { external: ['electron'] },
    },
  },
});
