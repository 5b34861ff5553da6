import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the renderer once; both shells serve the same files from dist/renderer. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    assetsInlineLimit: 0,
  },
});
