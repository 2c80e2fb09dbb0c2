import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * In development the API and its WebSocket hub run on the server (port 3000); the proxy keeps
 * them same-origin so the session cookie and the server's origin check behave as in production.
 */
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // packages/shared is pure by design (lint-enforced: no I/O, no framework), so importing
        // it has no side effects. Saying so lets the bundler drop the zod contracts, which the
        // web app only uses as types.
        moduleSideEffects: [{ test: /\/packages\/shared\//, sideEffects: false }],
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, ws: true },
    },
  },
});
