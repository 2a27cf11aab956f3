import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const dist = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));

/**
 * The bench page runs the built packages (`pnpm build` first), as a consumer would get them.
 * Not minified, so the render counter can read component names; React is its production build.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    alias: {
      '@avatar-picker/hooks': dist('hooks/dist/index.js'),
      '@avatar-picker/ui/styles.css': dist('ui/dist/styles.css'),
      '@avatar-picker/ui': dist('ui/dist/index.js'),
    },
    dedupe: ['react', 'react-dom', '@tanstack/react-query'],
  },
  build: { outDir: 'dist', emptyOutDir: true, minify: false },
  logLevel: 'warn',
});
