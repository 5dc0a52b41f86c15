import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { withCspMeta } from './src-main/core/security/csp-meta';

// Three builds: the Electron main process (plus the CLI and browser-mode server, which share its
// Node code), the sandboxed preload (CommonJS), and the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          cli: resolve(__dirname, 'src-main/cli/main.ts'),
          browser: resolve(__dirname, 'src-main/browser/start.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    // The CSP meta tag comes from src-main/core/security/csp.ts, the one policy for every transport.
    plugins: [react(), { name: 'kim-csp-meta', transformIndexHtml: withCspMeta }],
    // The renderer reaches the main side only through the pure contract.
    resolve: { alias: { '@contract': resolve(__dirname, 'src-main/contract') } },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
