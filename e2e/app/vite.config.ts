import { createAvatarProxy, toNodeHandler } from '@avatar-picker/hooks/server';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const API_BASE_PATH = '/api/avatars';

/**
 * Mounts the avatar proxy on the app's own origin, in dev and in preview, so the browser never
 * holds the API key: it lives in this server's environment only.
 */
function avatarProxy(): Plugin {
  const handler = () =>
    toNodeHandler(
      createAvatarProxy({
        apiKey: process.env.AGENTHUMAN_API_KEY ?? 'demo-key',
        upstream: process.env.AGENTHUMAN_API_URL ?? 'http://127.0.0.1:4010',
      }),
    );
  return {
    name: 'avatar-proxy',
    configureServer(server) {
      server.middlewares.use(API_BASE_PATH, handler());
    },
    configurePreviewServer(server) {
      server.middlewares.use(API_BASE_PATH, handler());
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), avatarProxy()],
  // The packed packages resolve React from the workspace root; one copy keeps hooks working.
  resolve: { dedupe: ['react', 'react-dom', '@tanstack/react-query'] },
  build: { outDir: 'dist', emptyOutDir: true },
});
