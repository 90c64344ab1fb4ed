import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `npm run web:dev` serves the app with hot reload on :5173 and forwards the API's paths to the
 * API on :3000 (API_URL to change it), so the browser sees one origin as it does in production.
 */
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': api, '/health': api, '/admin': api },
  },
});
