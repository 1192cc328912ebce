import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import {
  moveEntry,
  moveFileWithoutReplacing,
  removeOrphanedTemporaryFiles,
  writeFileAtomically,
  writeFileViaRename,
  writeNewFileExclusively,
} from './atomic-file';

let directory: ReturnType<typeof makeTemporaryDirectory>;
const inside = (...names: string[]) => path.join(directory.path, ...names);

beforeEach(() => {
  directory = makeTemporaryDirectory();
});
afterEach(() => directory.remove());

describe('atomic writes', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    writeFileSync(inside('pilot.readyroom'), 'old');
    await writeFileAtomically(inside('pilot.readyroom'), 'new content');
    expect(readFileSync(inside('pilot.readyroom'), 'utf8')).toBe('new content');
    expect(readdirSync(directory.path)).toEqual(['pilot.readyroom']);
  });

  it('fails without touching anything when the folder is gone', async () => {
    await expect(writeFileAtomically(inside('missing', 'pilot.readyroom'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(readdirSync(directory.path)).toEqual([]);
  });

  it('writes a new file only where there is none', async () => {
    await writeNewFileExclusively(inside('new.readyroom'), 'first');
    await expect(writeNewFileExclusively(inside('new.readyroom'), 'second')).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readFileSync(inside('new.readyroom'), 'utf8')).toBe('first');
    expect(readdirSync(directory.path)).toEqual(['new.readyroom']);
  });

  it('writes copies through a rename, leaving no temporary file', async () => {
    await writeFileViaRename(inside('copy.readyroom'), Buffer.from('copy'));
    await writeFileViaRename(inside('copy.readyroom'), Buffer.from('newer copy'));
    expect(readFileSync(inside('copy.readyroom'), 'utf8')).toBe('newer copy');
    expect(readdirSync(directory.path)).toEqual(['copy.readyroom']);
  });
});

describe('moves', () => {
  it('moves a file only to a free name', async () => {
    writeFileSync(inside('a.readyroom'), 'a');
    writeFileSync(inside('b.readyroom'), 'b');
    await expect(
      moveFileWithoutReplacing(inside('a.readyroom'), inside('b.readyroom')),
    ).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readFileSync(inside('b.readyroom'), 'utf8')).toBe('b');
    await moveFileWithoutReplacing(inside('a.readyroom'), inside('c.readyroom'));
    expect(readdirSync(directory.path).sort()).toEqual(['b.readyroom', 'c.readyroom']);
  });

  it('moves a folder with what is inside it', async () => {
    mkdirSync(inside('backups'));
    writeFileSync(inside('backups', 'save.readyroom'), 'kept');
    await moveEntry(inside('backups'), inside('moved'));
    expect(readFileSync(inside('moved', 'save.readyroom'), 'utf8')).toBe('kept');
  });
});

it('removes only the temporary files a killed save of that file left', async () => {
  for (const name of [
    'pilot.readyroom',
    'pilot.readyroom.123456',
    'pilot.readyroom.lock',
    'other.readyroom.42',
  ]) {
    writeFileSync(inside(name), '');
  }
  expect(await removeOrphanedTemporaryFiles(inside('pilot.readyroom'))).toBe(1);
  expect(readdirSync(directory.path).sort()).toEqual([
    'other.readyroom.42',
    'pilot.readyroom',
    'pilot.readyroom.lock',
  ]);
});
