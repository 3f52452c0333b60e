// Vite builds the explorer into dist/client, which the service serves; `npm run dev` runs Vite
// with the API proxied to the service on port 3000.
import { defineConfig } from 'vite';
import path from 'node:path';

export default defineConfig({
  root: path.resolve(import.meta.dirname),
  build: { outDir: path.resolve(import.meta.dirname, '../dist/client'), emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
});
