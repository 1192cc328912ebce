#!/usr/bin/env node
/**
 * `npm start`: builds ReadyRoom and launches the desktop app. When the Electron binary is
 * missing (Electron's package downloads it on first use, not at install) it runs Electron's
 * own installer first, quietly; if that cannot download either, it says in plain words how
 * to use the browser mode instead. `npm start -- --verbose` also shows the installer's own
 * output (the network error and its stack trace).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const verbose = process.argv.includes('--verbose');
const appArguments = process.argv.slice(2).filter((argument) => argument !== '--verbose');
const electronDirectory = path.dirname(require.resolve('electron/package.json'));

/**
 * The Electron executable when it is installed, else null. Read the way the electron
 * package's own index.js finds it, but without requiring that file: since Electron 45,
 * requiring it starts a download, with its own output, when the binary is missing.
 */
function installedElectron() {
  const pathFile = path.join(electronDirectory, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8');
  const distribution = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDirectory, 'dist');
  const binary = path.join(distribution, executable);
  return existsSync(binary) ? binary : null;
}

let binary = installedElectron();
if (binary === null) {
  console.log('The Electron runtime is not installed yet; downloading it now (one time only)...');
  const result = spawnSync(process.execPath, [path.join(electronDirectory, 'install.js')], {
    stdio: verbose ? 'inherit' : 'pipe',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  binary = result.status === 0 ? installedElectron() : null;
}
if (binary === null) {
  console.error(
    '\nReadyRoom could not download the Electron runtime (no internet connection, or a blocked download).\n' +
      'You can still run the whole app in your browser:\n\n    npm run serve -- --open\n' +
      (verbose ? '' : '\nTo see why the download failed: npm start -- --verbose\n'),
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
const notices = spawnSync(process.execPath, [path.join(root, 'scripts', 'third-party-notices.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (notices.status !== 0) process.exit(notices.status ?? 1);

const child = spawn(binary, [root, ...appArguments], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
