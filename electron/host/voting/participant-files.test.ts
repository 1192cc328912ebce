import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { loadParticipantFiles } from './participant-files';

let renderer: ReturnType<typeof makeTemporaryDirectory>;
beforeEach(() => {
  renderer = makeTemporaryDirectory('readyroom-renderer-');
  mkdirSync(path.join(renderer.path, 'assets'));
});
afterEach(() => renderer.remove());

function write(name: string, text: string): void {
  writeFileSync(path.join(renderer.path, name), text);
}

describe('participant files', () => {
  it('are the page and exactly the assets it references, following script imports', async () => {
    write(
      'participant.html',
      '<script type="module" crossorigin src="./assets/participant-a1.js"></script><link rel="stylesheet" href="./assets/participant-b2.css">',
    );
    write('assets/participant-a1.js', 'import "./shared-c3.js";console.log(1)');
    write('assets/participant-b2.css', 'body{}');
    write('assets/shared-c3.js', 'export {}');
    write('assets/index-secret.js', 'the facilitator app');
    write('index.html', 'the facilitator page');
    const files = await loadParticipantFiles(renderer.path);
    expect([...(files?.keys() ?? [])].sort()).toEqual([
      '/assets/participant-a1.js',
      '/assets/participant-b2.css',
      '/assets/shared-c3.js',
      '/join',
    ]);
    const page = files?.get('/join');
    expect(page?.contentType).toBe('text/html; charset=utf-8');
    expect(gunzipSync(page?.gzipped ?? Buffer.alloc(0)).equals(page?.body ?? Buffer.alloc(1))).toBe(true);
  });

  it('never follow a reference out of the assets folder', async () => {
    write(
      'participant.html',
      '<script src="./assets/../index.html"></script><script src="./assets/%2e%2e/x.js"></script>',
    );
    write('index.html', 'the facilitator page');
    const files = await loadParticipantFiles(renderer.path);
    expect([...(files?.keys() ?? [])]).toEqual(['/join']);
  });

  it('are null when the page is not built', async () => {
    expect(await loadParticipantFiles(path.join(renderer.path, 'missing'))).toBeNull();
  });
});
