import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiPort = process.env.PORT ?? '3000';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    // bench/ reads it to measure what each route loads.
    manifest: true,
    // The survey renderer (survey-core + survey-react-ui) is one large chunk by nature; it loads
    // only on survey routes. bench/ reports what each route loads.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
    },
  },
});
