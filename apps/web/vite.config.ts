import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * In development the API and its WebSocket hub run on the server (port 3000); the proxy keeps
 * them same-origin so the session cookie and the server's origin check behave as in production.
 */
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': { target: apiTarget, ws: true },
    },
  },
});
