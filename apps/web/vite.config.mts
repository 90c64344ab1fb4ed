import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `npm run web:dev` serves the app with hot reload on :5173 and forwards the API's paths to the
 * API on :3000 (API_URL to change it), so the browser sees one origin as it does in production.
 */
const api = process.env.API_URL ?? 'http://localhost:3000';
// changeOrigin off: the API sees the page's own Host, so its same-origin check on the session cookie routes holds.
const forward = { target: api, changeOrigin: false };

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': forward, '/health': forward, '/admin': forward },
  },
});
