import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import {
  backupsFolderOf,
  DAILY_BACKUPS_KEPT,
  listBackups,
  nextSaveBackupName,
  parseBackupName,
  recordBackup,
  SAVE_BACKUPS_KEPT,
} from './backups';

describe('backup names', () => {
  const noon = new Date('2025-06-02T12:00:00.000Z');

  it('names a save by its moment', () => {
    expect(nextSaveBackupName([], noon)).toBe('save-2025-06-02T12-00-00-000Z.readyroom');
  });

  it('numbers saves within one millisecond, and after the clock went back, so they sort last', () => {
    const first = nextSaveBackupName([], noon);
    const second = nextSaveBackupName([first], noon);
    expect(second).toBe('save-2025-06-02T12-00-00-000Z-1.readyroom');
    const names = [first, second];
    for (let index = 0; index < 10; index += 1)
      names.push(nextSaveBackupName(names, new Date('2025-06-01T00:00:00Z')));
    expect(names.at(-1)).toBe('save-2025-06-02T12-00-00-000Z-11.readyroom');
  });

  it('recognises only its own names as backups', () => {
    expect(parseBackupName('daily-2025-06-02.readyroom')).toMatchObject({ kind: 'daily' });
    expect(parseBackupName('save-2025-06-02T12-00-00-000Z-3.readyroom')).toMatchObject({ kind: 'save' });
    for (const name of [
      '../pilot.readyroom',
      'save-.readyroom',
      'daily-2025-06-02.readyroom.tmp',
      '.tmp-1-ab',
    ]) {
      expect(parseBackupName(name)).toBeNull();
    }
  });
});

describe('recording backups', () => {
  let directory: ReturnType<typeof makeTemporaryDirectory>;
  let filePath: string;
  beforeEach(() => {
    directory = makeTemporaryDirectory();
    filePath = path.join(directory.path, 'pilot.readyroom');
  });
  afterEach(() => directory.remove());

  it('keeps the newest saves and days, and clears debris of a killed backup', async () => {
    const folder = backupsFolderOf(filePath);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '.tmp-123-abcdef'), 'half a backup');
    writeFileSync(path.join(folder, 'notes.txt'), 'not ours: left alone');
    const start = Date.parse('2025-06-01T09:00:00Z');
    for (let save = 0; save < 30; save += 1) {
      await recordBackup(filePath, Buffer.from(`save ${save}`), new Date(start + save * 12 * 60 * 60 * 1000));
    }
    const names = readdirSync(folder);
    expect(names.filter((name) => name.startsWith('save-'))).toHaveLength(SAVE_BACKUPS_KEPT);
    expect(names.filter((name) => name.startsWith('daily-'))).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(names).toContain('notes.txt');
    expect(names.filter((name) => name.startsWith('.tmp-'))).toEqual([]);

    const listed = await listBackups(filePath);
    expect(listed).toHaveLength(SAVE_BACKUPS_KEPT + DAILY_BACKUPS_KEPT);
    expect(listed[0]).toMatchObject({ kind: 'save', valid: false, title: null });
    expect(listed[0]?.savedAt).toBe(new Date(start + 29 * 12 * 60 * 60 * 1000).toISOString());
  });

  it('lists nothing for a file that was never saved', async () => {
    expect(await listBackups(filePath)).toEqual([]);
  });
});
