/**
 * `npm start` on a machine where the Electron runtime cannot be downloaded: only the
 * friendly explanation, no stack trace; `--verbose` adds the installer's own output.
 * The download is pointed at a closed port on loopback, so nothing leaves this machine.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const startScript = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));
let scratch: ReturnType<typeof makeTemporaryDirectory>;

function start(...args: string[]) {
  const result = spawnSync(process.execPath, [startScript, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      // No binary here (even on a machine that has one), an empty download cache, and a
      // mirror nobody answers on: the download fails at once, offline.
      ELECTRON_OVERRIDE_DIST_PATH: scratch.path,
      electron_config_cache: scratch.path,
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      ELECTRON_CUSTOM_DIR: 'none',
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  scratch = makeTemporaryDirectory('readyroom-no-electron-');
});
afterAll(() => scratch.remove());

describe('npm start without the Electron runtime', () => {
  it('explains what to do in plain words, with no stack trace', () => {
    const { status, output } = start();
    expect(status).toBe(1);
    expect(output).toContain('could not download the Electron runtime');
    expect(output).toContain('npm run serve -- --open');
    expect(output).toContain('npm start -- --verbose');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/Error:|ENOTFOUND|ECONNREFUSED|fetch failed/);
  });

  it('shows the installer’s own error with --verbose', () => {
    const { status, output } = start('--verbose');
    expect(status).toBe(1);
    // The installer's own words (their form depends on the Node version: a stack trace on 20,
    // `TypeError: fetch failed` alone on 24).
    expect(output).toMatch(/Error|fetch failed|ECONNREFUSED|ENOTFOUND/);
    expect(output).toContain('npm run serve -- --open');
  });
});
