import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin, Rolldown } from 'vite';
import { pageHeads } from './scripts/page-heads';

const packageJson = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as {
  version: string;
};
const define = { __APP_VERSION__: JSON.stringify(packageJson.version) };

/**
 * The facilitator page's start-up code as one chunk. Left to itself, Rolldown splits the code
 * the facilitator page needs at start-up by which pages share it (the audience screen shares
 * React, the store and more), so the page loaded six scripts before it could start. Each
 * script costs a cold load time of its own: in interleaved A/B loads (40 each), this layout
 * (four scripts) started 11 ms sooner. The audience screen loads the same chunk, with some
 * facilitator code it never runs (its own start-up is not what a room waits for).
 *
 * The plugin walks the static imports from `index.html` once the module graph is known
 * (`buildEnd`, before chunks are made); the group then captures what it found. The page's
 * own entry scripts stay out: they mount the facilitator UI, which the audience screen
 * (loading the chunk) must not run. So does what the phone page imports (see `phoneShared`).
 */
function facilitatorStartChunk(): {
  plugin: Plugin;
  group: Rolldown.CodeSplittingGroup;
  phoneShared: Rolldown.CodeSplittingGroup;
} {
  const startUp = new Set<string>();
  const entryScripts = new Set<string>();
  const phonePage = new Set<string>();
  const plugin: Plugin = {
    name: 'readyroom-facilitator-start-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      /** Every module `page` imports statically, directly or not. */
      const reachableFrom = (page: string | undefined, into: Set<string>) => {
        into.clear();
        const pending = page === undefined ? [] : [page];
        for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
          if (into.has(id)) continue;
          into.add(id);
          pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      };
      const page = ids.find((id) => /renderer[\\/]index\.html$/.test(id));
      entryScripts.clear();
      if (page !== undefined) {
        for (const id of [page, ...(this.getModuleInfo(page)?.importedIds ?? [])]) entryScripts.add(id);
      }
      reachableFrom(page, startUp);
      reachableFrom(
        ids.find((id) => /renderer[\\/]participant\.html$/.test(id)),
        phonePage,
      );
    },
  };
  const group: Rolldown.CodeSplittingGroup = {
    name: 'facilitator',
    test: (id) => startUp.has(id) && !entryScripts.has(id),
  };
  // What the phone page shares with the facilitator's start-up (the text catalogue) gets a
  // small chunk of its own, taken before the facilitator group (which would otherwise pull it
  // in as a dependency), so phones never download the facilitator's chunk.
  const phoneShared: Rolldown.CodeSplittingGroup = {
    name: 'shared-with-phones',
    test: (id) => phonePage.has(id) && startUp.has(id),
  };
  return { plugin, group, phoneShared };
}

const facilitatorStart = facilitatorStartChunk();

export default defineConfig({
  main: {
    define,
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          serve: resolve(__dirname, 'electron/serve/index.ts'),
          // Parses large workshop files off the event loop that serves the voting room
          // (electron/host/documents/off-thread-parse.ts finds it beside the bundle).
          'workshop-parse-worker': resolve(__dirname, 'electron/host/documents/workshop-parse-worker.ts'),
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
    // Each page's head, its Content-Security-Policy included, is written by scripts/page-heads.ts.
    plugins: [react(), pageHeads(), facilitatorStart.plugin],
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
          codeSplitting: {
            groups: [
              // The host connection (renderer/bridge.ts and the small modules it uses) gets a
              // chunk of its own, which the facilitator page's first script imports: it runs
              // (and sends the first screen's reads on a reload) before the app's chunk is
              // evaluated, instead of after it. Higher priority: the next group would take it.
              {
                name: 'host-bridge',
                priority: 2,
                test: /renderer[\\/](early-host-reads|bridge|when-idle)|shared[\\/]host-api[\\/](loopback-http|first-screen-reads|host-api-proxy|host-reply|errors)\./,
              },
              { ...facilitatorStart.phoneShared, priority: 3 },
              { ...facilitatorStart.group, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
