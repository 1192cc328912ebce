#!/usr/bin/env node
/**
 * `npm start`: builds ReadyRoom and launches the desktop app. When the Electron binary is
 * missing (installed with ELECTRON_SKIP_BINARY_DOWNLOAD, or the download failed) it runs
 * Electron's own installer first; if that cannot download either, it says how to use the
 * browser mode instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package exports the binary's path, and throws when the binary is missing.
    const binary = require('electron');
    return typeof binary === 'string' ? binary : null;
  } catch {
    return null;
  }
}

let binary = electronBinary();
if (binary === null) {
  console.log('The Electron runtime is not installed yet; downloading it now (one time only)...');
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  binary = result.status === 0 ? electronBinary() : null;
}
if (binary === null) {
  console.error(
    '\nReadyRoom could not download the Electron runtime (no internet connection, or a blocked download).\n' +
      'You can still run the whole app in your browser:\n\n    npm run serve -- --open\n',
  );
  process.exit(1);
}

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
