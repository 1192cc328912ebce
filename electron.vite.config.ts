import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const packageJson = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as {
  version: string;
};
const define = { __APP_VERSION__: JSON.stringify(packageJson.version) };

/**
 * The dev server injects an inline script for React Fast Refresh, which the strict CSP
 * refuses. Only while developing, allow inline scripts; built pages keep the strict policy.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'readyroom-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html: string) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  main: {
    define,
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          serve: resolve(__dirname, 'electron/serve/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be CommonJS and self-contained.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    define,
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      sourcemap: false,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          audience: resolve(__dirname, 'renderer/audience.html'),
          participant: resolve(__dirname, 'renderer/participant.html'),
        },
        output: {
          // The early host reads (with the HTTP constants they use) get a chunk of their own,
          // which the facilitator entry imports first: it runs (and sends its requests) before
          // React's chunk is evaluated, instead of after it. See renderer/early-host-reads.ts.
          codeSplitting: {
            groups: [
              {
                name: 'early-host-reads',
                test: /renderer[\\/]early-host-reads|shared[\\/]host-api[\\/]loopback-http/,
              },
            ],
          },
        },
      },
    },
  },
});
