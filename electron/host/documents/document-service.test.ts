import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DamagedFileDetails, OpenedDocument } from '../../../shared/host-api/documents-contract';
import { HostError } from '../../../shared/host-api/errors';
import { parseWorkshopFile, serialiseWorkshop } from '../../../shared/workshop/file';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/workshop/workshop';
import { anyWorkshop } from '../../../test/fixtures/arbitraries';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { HostEventHub } from '../event-hub';
import { BACKUPS_FOLDER_NAME } from './backups';
import { createDocumentService, type DocumentService } from './document-service';
import { lockPathOf } from './file-locks';

const sampleFile = new URL('../../../test/fixtures/sample-workshop.readyroom', import.meta.url);
const legacyFile = new URL('../../../test/fixtures/legacy-v1.readyroom', import.meta.url);

const windowA = 'session-window-a';
const windowB = 'session-window-b';

let directory: ReturnType<typeof makeTemporaryDirectory>;
let library: string;
let clock: Date;
let events: HostEventHub;
let libraryChanges: number;
let services: DocumentService[];

beforeEach(() => {
  directory = makeTemporaryDirectory();
  library = path.join(directory.path, 'workshops');
  clock = new Date('2025-06-02T08:00:00.000Z');
  events = new HostEventHub();
  libraryChanges = 0;
  events.subscribe((name) => {
    if (name === 'documents.onDidChangeLibrary') libraryChanges += 1;
  });
  services = [];
});

afterEach(async () => {
  for (const service of services) await service.dispose();
  directory.remove();
});

function startService(folder = () => library): DocumentService['methods'] {
  const service = createDocumentService({ libraryFolder: folder, events, now: () => clock });
  services.push(service);
  return service.methods;
}

function advance(milliseconds: number): void {
  clock = new Date(clock.getTime() + milliseconds);
}

async function refusal(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

function backupNames(filePath: string): string[] {
  const folder = path.join(path.dirname(filePath), BACKUPS_FOLDER_NAME, path.basename(filePath));
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

async function saveTitle(
  documents: DocumentService['methods'],
  document: OpenedDocument,
  revision: string,
  organisation: string,
  sessionId = windowA,
) {
  return documents['documents.save']({
    path: document.path,
    sessionId,
    baseRevision: revision,
    workshop: { ...document.workshop, meta: { ...document.workshop.meta, organisation } },
  });
}

/** A process id that is certainly not running: a child that has already exited. */
async function deadProcessId(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid ?? 999_999;
}

describe('the library', () => {
  it('is created on demand and lists workshops, most recently changed first', async () => {
    const documents = startService();
    expect(await documents['documents.list'](undefined)).toEqual({ folder: library, workshops: [] });

    const older = await documents['documents.create']({ title: 'Q3 Claims Pilot', sessionId: windowA });
    const newer = await documents['documents.create']({ title: 'Invoice matching', sessionId: windowA });
    utimesSync(older.path, new Date('2025-01-01'), new Date('2025-01-01'));

    const listing = await documents['documents.list'](undefined);
    expect(listing.workshops.map((entry) => entry.fileName)).toEqual([
      'invoice-matching.readyroom',
      'q3-claims-pilot.readyroom',
    ]);
    expect(listing.workshops[0]).toMatchObject({
      path: newer.path,
      problem: null,
      summary: { id: newer.workshop.id, title: 'Invoice matching', verdict: 'incomplete' },
    });
    expect(listing.workshops[1]?.modifiedAt).toBe(new Date('2025-01-01').toISOString());
  });

  it('gives new files unique, safe names made from the title', async () => {
    const documents = startService();
    const names = [];
    for (const title of [
      'Q3 Claims Pilot',
      'Q3 claims pilot!',
      'Q3 claims pilot',
      'Café à la carte',
      '???',
      'CON',
    ]) {
      names.push((await documents['documents.create']({ title, sessionId: windowA })).fileName);
    }
    expect(names).toEqual([
      'q3-claims-pilot.readyroom',
      'q3-claims-pilot-2.readyroom',
      'q3-claims-pilot-3.readyroom',
      'cafe-a-la-carte.readyroom',
      'workshop.readyroom',
      'con-workshop.readyroom',
    ]);
  });

  it('shows damaged files with the problem, and ignores hidden folders and other files', async () => {
    const documents = startService();
    await documents['documents.create']({ title: 'Fine', sessionId: windowA });
    writeFileSync(path.join(library, 'broken.readyroom'), '{"schemaVersion": 2, "id":');
    writeFileSync(path.join(library, 'notes.txt'), 'not a workshop');
    mkdirSync(path.join(library, '.hidden'), { recursive: true });
    writeFileSync(path.join(library, '.hidden', 'inside.readyroom'), '{}');

    const { workshops } = await documents['documents.list'](undefined);
    expect(workshops.map((entry) => entry.fileName).sort()).toEqual(['broken.readyroom', 'fine.readyroom']);
    const broken = workshops.find((entry) => entry.fileName === 'broken.readyroom');
    expect(broken?.summary).toBeNull();
    expect(broken?.problem).toContain('"broken.readyroom" is cut short');
  });

  it('announces every change to the library', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Announce', sessionId: windowA });
    expect(libraryChanges).toBe(1);
    await saveTitle(documents, created, created.revision, 'Contoso');
    expect(libraryChanges).toBe(2);
    await documents['documents.list'](undefined);
    expect(libraryChanges).toBe(2);
  });
});

describe('opening and saving', () => {
  it('saves atomically, with a new revision each time, and the file reads back', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Saving', sessionId: windowA });
    const first = await saveTitle(documents, created, created.revision, 'Northwind');
    const second = await saveTitle(documents, created, first.revision, 'Contoso');
    expect(new Set([created.revision, first.revision, second.revision]).size).toBe(3);
    expect(second.savedAt).toBe(clock.toISOString());

    const reopened = await documents['documents.open']({
      path: created.path,
      sessionId: windowA,
      takeOver: false,
    });
    expect(reopened.workshop.meta.organisation).toBe('Contoso');
    expect(reopened.revision).toBe(second.revision);
    expect(
      readdirSync(library)
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual(['saving.readyroom', 'saving.readyroom.lock']);
  });

  it('accepts a bare file name as a file in the library, and refuses paths that leave it', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Bare name', sessionId: windowA });
    const opened = await documents['documents.open']({
      path: created.fileName,
      sessionId: windowA,
      takeOver: false,
    });
    expect(opened.path).toBe(created.path);

    for (const escape of ['../outside.readyroom', 'sub/inside.readyroom', '..\\outside.readyroom']) {
      const error = await refusal(
        documents['documents.open']({ path: escape, sessionId: windowA, takeOver: false }),
      );
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toContain(escape);
    }
  });

  it('opens a file outside the library and keeps its backups next to it', async () => {
    const documents = startService();
    const elsewhere = path.join(directory.path, 'usb-stick', 'pilot.readyroom');
    mkdirSync(path.dirname(elsewhere));
    writeFileSync(elsewhere, readFileSync(sampleFile));
    const opened = await documents['documents.open']({
      path: elsewhere,
      sessionId: windowA,
      takeOver: false,
    });
    await saveTitle(documents, opened, opened.revision, 'Saved on the stick');
    expect(backupNames(elsewhere)).toHaveLength(2);
  });

  it('says plainly when the file is not there', async () => {
    const documents = startService();
    const error = await refusal(
      documents['documents.open']({ path: 'missing.readyroom', sessionId: windowA, takeOver: false }),
    );
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('"missing.readyroom"');
  });

  it('refuses to save over a change made on disk since the file was read', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Edited twice', sessionId: windowA });
    const edited = serialiseWorkshop({ ...created.workshop, facilitatorNotes: 'typed in a text editor' });
    writeFileSync(created.path, edited);

    const error = await refusal(saveTitle(documents, created, created.revision, 'Lost?'));
    expect(error.code).toBe('conflict');
    expect(error.details).toMatchObject({ reason: 'changed-on-disk', path: created.path });
    expect(error.message).toContain('"edited-twice.readyroom"');
    expect(readFileSync(created.path, 'utf8')).toBe(edited);
  });

  it('never saves over a file that was damaged while it was open', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Damaged while open', sessionId: windowA });
    writeFileSync(created.path, '{"schemaVersion": 2, "id": "cut');

    const error = await refusal(saveTitle(documents, created, created.revision, 'Overwrite?'));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('damaged');
    expect(readFileSync(created.path, 'utf8')).toBe('{"schemaVersion": 2, "id": "cut');
  });

  it('refuses to save a file that was moved away, without recreating it', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Moved away', sessionId: windowA });
    writeFileSync(path.join(directory.path, 'moved.readyroom'), readFileSync(created.path));
    await documents['documents.delete']({ path: created.path, sessionId: windowA });
    const error = await refusal(saveTitle(documents, created, created.revision, 'Where?'));
    expect(error.details).toMatchObject({ reason: 'changed-on-disk' });
    expect(existsSync(created.path)).toBe(false);
  });

  it('upgrades an older format on open and keeps the original among the backups', async () => {
    const documents = startService();
    const legacyPath = path.join(library, 'legacy.readyroom');
    mkdirSync(library, { recursive: true });
    writeFileSync(legacyPath, readFileSync(legacyFile));
    const opened = await documents['documents.open']({
      path: legacyPath,
      sessionId: windowA,
      takeOver: false,
    });
    expect(opened.migratedFrom).toBe(1);
    const [backup] = await documents['documents.listBackups']({ path: legacyPath });
    expect(
      readFileSync(path.join(library, BACKUPS_FOLDER_NAME, 'legacy.readyroom', backup?.id ?? '')),
    ).toEqual(readFileSync(legacyFile));
    const saved = await documents['documents.save']({
      path: legacyPath,
      sessionId: windowA,
      baseRevision: opened.revision,
      workshop: opened.workshop,
    });
    expect(saved.revision).not.toBe(opened.revision);
    expect(JSON.parse(readFileSync(legacyPath, 'utf8'))).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
  });

  it('turns a disk failure into a plain io-error and leaves no partial file', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Disk trouble', sessionId: windowA });
    // A folder where the temporary file should go makes the write fail like a full disk would.
    const before = readFileSync(created.path);
    const blocked = startService(() => path.join(created.path, 'not-a-folder'));
    const error = await refusal(blocked['documents.create']({ title: 'Nowhere', sessionId: windowA }));
    expect(error.code).toBe('io-error');
    expect(error.message).toMatch(/^ReadyRoom could not create the workshop "Nowhere" because .+\. .+/);
    expect(readFileSync(created.path)).toEqual(before);
  });
});

describe('two windows on one file', () => {
  it('refuses a second window, then lets it take over; the first then stops saving', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Shared', sessionId: windowA });

    const error = await refusal(
      documents['documents.open']({ path: created.path, sessionId: windowB, takeOver: false }),
    );
    expect(error.code).toBe('conflict');
    expect(error.details).toMatchObject({ reason: 'open-elsewhere', path: created.path });
    expect(error.message).toMatch(
      /^"shared\.readyroom" is open in another ReadyRoom window since .+; open it there, or take over here \(the other window will stop saving\)\.$/,
    );

    const takenOver = await documents['documents.open']({
      path: created.path,
      sessionId: windowB,
      takeOver: true,
    });
    const staleSave = await refusal(saveTitle(documents, created, created.revision, 'From A'));
    expect(staleSave.code).toBe('conflict');
    expect(staleSave.details).toMatchObject({ reason: 'open-elsewhere' });
    expect(staleSave.message).toContain('stopped saving');

    await saveTitle(documents, takenOver, takenOver.revision, 'From B', windowB);
    expect(JSON.parse(readFileSync(created.path, 'utf8')).meta.organisation).toBe('From B');
  });

  it('frees the file when the window closes it', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Handed over', sessionId: windowA });
    await documents['documents.close']({ path: created.path, sessionId: windowA });
    expect(existsSync(lockPathOf(created.path))).toBe(false);
    const opened = await documents['documents.open']({
      path: created.path,
      sessionId: windowB,
      takeOver: false,
    });
    expect(opened.revision).toBe(created.revision);
  });

  it('sees another ReadyRoom process through its lock file', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Other process', sessionId: windowA });
    await documents['documents.close']({ path: created.path, sessionId: windowA });
    const other = {
      pid: process.ppid,
      hostname: os.hostname(),
      sessionId: 'other-process',
      since: new Date().toISOString(),
    };
    writeFileSync(lockPathOf(created.path), JSON.stringify(other));

    const error = await refusal(
      documents['documents.open']({ path: created.path, sessionId: windowA, takeOver: false }),
    );
    expect(error.details).toMatchObject({ reason: 'open-elsewhere' });
    expect(error.message).toContain('is open in another ReadyRoom window since');

    const opened = await documents['documents.open']({
      path: created.path,
      sessionId: windowA,
      takeOver: true,
    });
    expect(JSON.parse(readFileSync(lockPathOf(created.path), 'utf8'))).toMatchObject({
      pid: process.pid,
      sessionId: windowA,
    });

    // The other process takes it back: this window's next save is refused.
    writeFileSync(lockPathOf(created.path), JSON.stringify(other));
    const refused = await refusal(saveTitle(documents, opened, opened.revision, 'Mine?'));
    expect(refused.details).toMatchObject({ reason: 'open-elsewhere' });
  });

  it('names the other computer for a lock from a shared network folder', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Network', sessionId: windowA });
    await documents['documents.close']({ path: created.path, sessionId: windowA });
    writeFileSync(
      lockPathOf(created.path),
      JSON.stringify({
        pid: 4242,
        hostname: 'meeting-room-pc',
        sessionId: 'x'.repeat(12),
        since: new Date().toISOString(),
      }),
    );
    const error = await refusal(
      documents['documents.open']({ path: created.path, sessionId: windowA, takeOver: false }),
    );
    expect(error.message).toContain('on another computer ("meeting-room-pc")');
  });

  it('reclaims the lock of a process that died, and an unreadable lock', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Crashed', sessionId: windowA });
    await documents['documents.close']({ path: created.path, sessionId: windowA });
    const dead = {
      pid: await deadProcessId(),
      hostname: os.hostname(),
      sessionId: 'crashed-window',
      since: new Date().toISOString(),
    };
    writeFileSync(lockPathOf(created.path), JSON.stringify(dead));
    await documents['documents.open']({ path: created.path, sessionId: windowA, takeOver: false });
    await documents['documents.close']({ path: created.path, sessionId: windowA });

    writeFileSync(lockPathOf(created.path), '{"pid": ');
    await documents['documents.open']({ path: created.path, sessionId: windowB, takeOver: false });
    expect(JSON.parse(readFileSync(lockPathOf(created.path), 'utf8'))).toMatchObject({ sessionId: windowB });
  });

  it('releases every lock on dispose', async () => {
    const service = createDocumentService({ libraryFolder: () => library, events, now: () => clock });
    const first = await service.methods['documents.create']({ title: 'One', sessionId: windowA });
    const second = await service.methods['documents.create']({ title: 'Two', sessionId: windowB });
    await service.dispose();
    expect(existsSync(lockPathOf(first.path))).toBe(false);
    expect(existsSync(lockPathOf(second.path))).toBe(false);
    const documents = startService();
    await documents['documents.open']({ path: first.path, sessionId: windowB, takeOver: false });
  });

  it('lets a window whose hold lapsed (host restarted) keep saving while nobody else has the file', async () => {
    const first = createDocumentService({ libraryFolder: () => library, events, now: () => clock });
    const created = await first.methods['documents.create']({ title: 'Restarted', sessionId: windowA });
    await first.dispose();
    const documents = startService();
    const saved = await saveTitle(documents, created, created.revision, 'After restart');
    expect(saved.revision).not.toBe(created.revision);
  });
});

describe('backups', () => {
  it('keeps the newest ten saves and one copy per day for seven days', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Rotating', sessionId: windowA });
    let revision = created.revision;
    for (let day = 0; day < 9; day += 1) {
      for (let save = 0; save < 3; save += 1) {
        advance(60_000);
        revision = (await saveTitle(documents, created, revision, `day ${day} save ${save}`)).revision;
      }
      advance(24 * 60 * 60 * 1000 - 3 * 60_000);
    }
    const names = backupNames(created.path);
    expect(names.filter((name) => name.startsWith('save-'))).toHaveLength(10);
    expect(names.filter((name) => name.startsWith('daily-'))).toEqual(
      ['04', '05', '06', '07', '08', '09', '10'].map((day) => `daily-2025-06-${day}.readyroom`),
    );

    const backups = await documents['documents.listBackups']({ path: created.path });
    expect(backups).toHaveLength(17);
    expect(backups.every((backup) => backup.valid && backup.title === 'Rotating')).toBe(true);
    const times = backups.map((backup) => backup.savedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(backups[0]).toMatchObject({
      kind: 'save',
      savedAt: new Date(clock.getTime() - 24 * 60 * 60 * 1000 + 3 * 60_000).toISOString(),
    });
    // The newest daily copy holds the first save of its day.
    const newestDaily = backups.find((backup) => backup.kind === 'daily');
    const dailyText = readFileSync(
      path.join(library, BACKUPS_FOLDER_NAME, created.fileName, newestDaily?.id ?? ''),
      'utf8',
    );
    expect(JSON.parse(dailyText).meta.organisation).toBe('day 8 save 0');
  });

  it('names saves in the same millisecond (or after the clock went back) so the newest is kept', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Fast clock', sessionId: windowA });
    let revision = created.revision;
    for (let save = 0; save < 12; save += 1) {
      if (save === 6) advance(-3_600_000);
      revision = (await saveTitle(documents, created, revision, `save ${save}`)).revision;
    }
    const newest = (await documents['documents.listBackups']({ path: created.path }))[0];
    const text = readFileSync(
      path.join(library, BACKUPS_FOLDER_NAME, created.fileName, newest?.id ?? ''),
      'utf8',
    );
    expect(JSON.parse(text).meta.organisation).toBe('save 11');
    expect(backupNames(created.path).filter((name) => name.startsWith('save-'))).toHaveLength(10);
  });

  it('marks a backup that does not open as not valid', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Torn backup', sessionId: windowA });
    const [only] = backupNames(created.path).filter((name) => name.startsWith('save-'));
    writeFileSync(path.join(library, BACKUPS_FOLDER_NAME, created.fileName, only ?? ''), '{"torn');
    const backups = await documents['documents.listBackups']({ path: created.path });
    expect(backups.find((backup) => backup.id === only)).toMatchObject({ valid: false, title: null });
    expect(backups.find((backup) => backup.kind === 'daily')).toMatchObject({ valid: true });
  });
});

describe('damaged files', () => {
  async function damagedWorkshop() {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Fragile', sessionId: windowA });
    advance(60_000);
    const saved = await saveTitle(documents, created, created.revision, 'Contoso Logistics');
    await documents['documents.close']({ path: created.path, sessionId: windowA });
    const damaged = readFileSync(created.path).subarray(0, 120);
    writeFileSync(created.path, damaged);
    return { documents, created, saved, damaged };
  }

  it('refuses to open one, names the file and the problem, and offers the newest valid backup', async () => {
    const { documents, created, damaged } = await damagedWorkshop();
    // A newer backup that is itself torn is skipped.
    advance(60_000);
    writeFileSync(
      path.join(library, BACKUPS_FOLDER_NAME, created.fileName, 'save-2025-06-02T09-00-00-000Z.readyroom'),
      '{',
    );

    const error = await refusal(
      documents['documents.open']({ path: created.path, sessionId: windowA, takeOver: false }),
    );
    expect(error.code).toBe('damaged-file');
    expect(error.message).toContain('"fragile.readyroom" is cut short');
    expect(error.message).toContain('The newest backup that opens was saved');
    const details = error.details as unknown as DamagedFileDetails;
    expect(details).toMatchObject({ path: created.path, fileName: 'fragile.readyroom', field: null });
    expect(details.newestValidBackup).toMatchObject({
      id: 'save-2025-06-02T08-01-00-000Z.readyroom',
      valid: true,
      title: 'Fragile',
    });
    expect(readFileSync(created.path)).toEqual(damaged);
    expect(existsSync(lockPathOf(created.path))).toBe(false);
  });

  it('restores the backup, keeping the damaged file aside byte for byte, and opens it', async () => {
    const { documents, created, saved, damaged } = await damagedWorkshop();
    const error = await refusal(
      documents['documents.open']({ path: created.path, sessionId: windowA, takeOver: false }),
    );
    const backup = (error.details as unknown as DamagedFileDetails).newestValidBackup;

    const restored = await documents['documents.restoreBackup']({
      path: created.path,
      backupId: backup?.id ?? '',
      sessionId: windowA,
    });
    expect(restored.workshop.meta.organisation).toBe('Contoso Logistics');
    expect(restored.revision).toBe(saved.revision);
    const aside = readdirSync(library).filter((name) => name.includes('damaged'));
    expect(aside).toEqual([`fragile.readyroom.damaged-${'2025-06-02T08-01-00-000Z'}`]);
    expect(readFileSync(path.join(library, aside[0] ?? ''))).toEqual(damaged);
    // Kept aside, but not listed as a workshop.
    const { workshops } = await documents['documents.list'](undefined);
    expect(workshops.map((entry) => entry.fileName)).toEqual(['fragile.readyroom']);
    // The restored file is held by this window and saves normally.
    await saveTitle(documents, restored, restored.revision, 'Carry on');
  });

  it('says so, and suggests importing a copy, when no backup opens', async () => {
    const documents = startService();
    mkdirSync(library, { recursive: true });
    writeFileSync(path.join(library, 'orphan.readyroom'), 'not json at all');
    const error = await refusal(
      documents['documents.open']({ path: 'orphan.readyroom', sessionId: windowA, takeOver: false }),
    );
    expect((error.details as unknown as DamagedFileDetails).newestValidBackup).toBeNull();
    expect(error.message).toContain('"orphan.readyroom"');
    expect(error.message).toContain('import it');
  });

  it('names the wrong field of a file that is valid JSON but not a valid workshop', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Bad field', sessionId: windowA });
    await documents['documents.close']({ path: created.path, sessionId: windowA });
    const raw = JSON.parse(readFileSync(created.path, 'utf8'));
    raw.agenda[2].timeboxMinutes = 'forty';
    writeFileSync(created.path, JSON.stringify(raw));
    const error = await refusal(
      documents['documents.open']({ path: created.path, sessionId: windowA, takeOver: false }),
    );
    expect(error.code).toBe('damaged-file');
    expect((error.details as unknown as DamagedFileDetails).field).toBe('agenda[2].timeboxMinutes');
    expect(error.message).toContain('agenda[2].timeboxMinutes');
  });

  it('refuses invalid UTF-8 rather than quietly replacing the bytes', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Encoding', sessionId: windowA });
    await documents['documents.close']({ path: created.path, sessionId: windowA });
    const bytes = readFileSync(created.path);
    const titleAt = bytes.indexOf('Encoding');
    bytes[titleAt] = 0xc3; // A lone lead byte inside the title string.
    writeFileSync(created.path, bytes);
    const error = await refusal(
      documents['documents.open']({ path: created.path, sessionId: windowA, takeOver: false }),
    );
    expect(error.code).toBe('damaged-file');
    expect(error.message).toContain('is not UTF-8 text');
    expect(readFileSync(created.path)).toEqual(bytes);
  });

  it('refuses a backup id that is not a backup name', async () => {
    const { documents, created } = await damagedWorkshop();
    const error = await refusal(
      documents['documents.restoreBackup']({
        path: created.path,
        backupId: '../../escape.readyroom',
        sessionId: windowA,
      }),
    );
    expect(error.code).toBe('invalid-argument');
  });

  it('keeps a readable file aside as "replaced" when restoring an older backup over it', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Undo a morning', sessionId: windowA });
    advance(60_000);
    await saveTitle(documents, created, created.revision, 'Later version');
    const oldest = (await documents['documents.listBackups']({ path: created.path })).at(-1);
    const restored = await documents['documents.restoreBackup']({
      path: created.path,
      backupId: oldest?.id ?? '',
      sessionId: windowA,
    });
    expect(restored.workshop.meta.organisation).toBe('');
    expect(readdirSync(library).filter((name) => name.includes('.replaced-'))).toHaveLength(1);
  });
});

describe('library actions', () => {
  it('saves as a new workshop with a new id and title, and moves the hold to it', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Original', sessionId: windowA });
    const copy = await documents['documents.saveAs']({
      path: created.path,
      sessionId: windowA,
      title: 'Variant for finance',
      workshop: { ...created.workshop, facilitatorNotes: 'edited' },
    });
    expect(copy.fileName).toBe('variant-for-finance.readyroom');
    expect(copy.workshop.id).not.toBe(created.workshop.id);
    expect(copy.workshop.meta.title).toBe('Variant for finance');
    expect(copy.workshop.facilitatorNotes).toBe('edited');
    expect(parseWorkshopFile(readFileSync(copy.path, 'utf8'), copy.fileName)).toMatchObject({
      ok: true,
      workshop: { id: copy.workshop.id },
    });
    // The original is free for another window; the copy is held by this one.
    await documents['documents.open']({ path: created.path, sessionId: windowB, takeOver: false });
    const error = await refusal(
      documents['documents.open']({ path: copy.path, sessionId: windowB, takeOver: false }),
    );
    expect(error.code).toBe('conflict');
  });

  it('duplicates as "Copy of …" with a new id and a unique name', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Pilot', sessionId: windowA });
    const first = await documents['documents.duplicate']({ path: created.path });
    const second = await documents['documents.duplicate']({ path: created.path });
    expect(first).toMatchObject({ fileName: 'copy-of-pilot.readyroom', summary: { title: 'Copy of Pilot' } });
    expect(second.fileName).toBe('copy-of-pilot-2.readyroom');
    expect(new Set([created.workshop.id, first.summary?.id, second.summary?.id]).size).toBe(3);
  });

  it('renames the title, the file and its backups folder together', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Working title', sessionId: windowA });
    await documents['documents.close']({ path: created.path, sessionId: windowA });
    const renamed = await documents['documents.rename']({
      path: created.path,
      title: 'Final Title',
      sessionId: windowA,
    });
    expect(renamed).toMatchObject({ fileName: 'final-title.readyroom', summary: { title: 'Final Title' } });
    expect(existsSync(created.path)).toBe(false);
    expect(backupNames(created.path)).toEqual([]);
    expect(backupNames(renamed.path).length).toBeGreaterThanOrEqual(2);
    const backups = await documents['documents.listBackups']({ path: renamed.path });
    expect(backups[0]?.title).toBe('Final Title');
  });

  it('refuses to rename or delete a workshop another window has open', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Busy', sessionId: windowA });
    const renaming = await refusal(
      documents['documents.rename']({ path: created.path, title: 'Else', sessionId: windowB }),
    );
    const deleting = await refusal(documents['documents.delete']({ path: created.path, sessionId: windowB }));
    for (const error of [renaming, deleting]) {
      expect(error.code).toBe('conflict');
      expect(error.details).toMatchObject({ reason: 'open-elsewhere' });
    }
    expect(existsSync(created.path)).toBe(true);
  });

  it('refuses to rename a damaged file (it would be overwritten)', async () => {
    const documents = startService();
    mkdirSync(library, { recursive: true });
    writeFileSync(path.join(library, 'broken.readyroom'), '{');
    const error = await refusal(
      documents['documents.rename']({ path: 'broken.readyroom', title: 'New', sessionId: windowA }),
    );
    expect(error.code).toBe('damaged-file');
    expect(readFileSync(path.join(library, 'broken.readyroom'), 'utf8')).toBe('{');
  });

  it('moves a deleted workshop and its backups to the trash, and restores both', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Recoverable', sessionId: windowA });
    const backupsBefore = backupNames(created.path);
    const trashed = await documents['documents.delete']({ path: created.path, sessionId: windowA });
    expect(trashed).toMatchObject({
      fileName: 'recoverable.readyroom',
      deletedAt: clock.toISOString(),
      title: 'Recoverable',
    });
    expect(existsSync(created.path)).toBe(false);
    expect((await documents['documents.list'](undefined)).workshops).toEqual([]);
    expect(await documents['documents.listTrash'](undefined)).toEqual([trashed]);

    const restored = await documents['documents.restoreFromTrash']({ trashPath: trashed.trashPath });
    expect(restored).toMatchObject({ path: created.path, summary: { title: 'Recoverable' } });
    expect(backupNames(created.path)).toEqual(backupsBefore);
    expect(await documents['documents.listTrash'](undefined)).toEqual([]);
  });

  it('restores from the trash under a unique name when the name was taken meanwhile', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Twice', sessionId: windowA });
    const trashed = await documents['documents.delete']({ path: created.path, sessionId: windowA });
    await documents['documents.create']({ title: 'Twice', sessionId: windowA });
    const restored = await documents['documents.restoreFromTrash']({ trashPath: trashed.trashPath });
    expect(restored.fileName).toBe('twice-2.readyroom');
  });

  it('lists the trash newest first and refuses paths outside it', async () => {
    const documents = startService();
    const first = await documents['documents.create']({ title: 'First', sessionId: windowA });
    const second = await documents['documents.create']({ title: 'Second', sessionId: windowA });
    await documents['documents.delete']({ path: first.path, sessionId: windowA });
    advance(1000);
    await documents['documents.delete']({ path: second.path, sessionId: windowA });
    expect((await documents['documents.listTrash'](undefined)).map((entry) => entry.title)).toEqual([
      'Second',
      'First',
    ]);
    const error = await refusal(documents['documents.restoreFromTrash']({ trashPath: directory.path }));
    expect(error.code).toBe('invalid-argument');
  });

  it('imports a file from anywhere, giving it a new id when the library already has its id', async () => {
    const documents = startService();
    const source = path.join(directory.path, 'Downloads', 'Sample Workshop.readyroom');
    mkdirSync(path.dirname(source));
    writeFileSync(source, readFileSync(sampleFile));
    const first = await documents['documents.importFile']({ sourcePath: source });
    const second = await documents['documents.importFile']({ sourcePath: source });
    expect(first.fileName).toBe('sample-workshop.readyroom');
    expect(second.fileName).toBe('sample-workshop-2.readyroom');
    expect(first.summary?.id).not.toBe(second.summary?.id);
    expect(readFileSync(source)).toEqual(readFileSync(sampleFile));
  });

  it('imports an older format in the current one', async () => {
    const documents = startService();
    const entry = await documents['documents.importContent']({
      fileName: 'C:\\Users\\dana\\legacy.readyroom',
      content: readFileSync(legacyFile, 'utf8'),
    });
    expect(entry.fileName).toBe('legacy.readyroom');
    expect(JSON.parse(readFileSync(entry.path, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('refuses an import that is not a valid workshop, naming the file and the bad field', async () => {
    const documents = startService();
    const raw = JSON.parse(readFileSync(sampleFile, 'utf8'));
    raw.stakeholders[1].influence = 'enormous';
    const error = await refusal(
      documents['documents.importContent']({ fileName: 'edited.readyroom', content: JSON.stringify(raw) }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toMatchObject({ field: 'stakeholders[1].influence' });
    expect(error.message).toContain('"edited.readyroom"');
    expect(error.message).toContain('stakeholders[1].influence');

    const source = path.join(directory.path, 'cut.readyroom');
    writeFileSync(source, readFileSync(sampleFile).subarray(0, 500));
    const damaged = await refusal(documents['documents.importFile']({ sourcePath: source }));
    expect(damaged.code).toBe('damaged-file');
    expect(damaged.message).toContain('"cut.readyroom"');
    expect(
      existsSync(library) ? readdirSync(library).filter((name) => name.endsWith('.readyroom')) : [],
    ).toEqual([]);
  });

  it('exports an exact copy, and refuses to export a damaged file', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Exported', sessionId: windowA });
    const target = path.join(directory.path, 'exported-copy.readyroom');
    expect(await documents['documents.exportCopy']({ path: created.path, targetPath: target })).toBeNull();
    expect(readFileSync(target)).toEqual(readFileSync(created.path));

    writeFileSync(created.path, '{"cut');
    const error = await refusal(
      documents['documents.exportCopy']({ path: created.path, targetPath: target }),
    );
    expect(error.code).toBe('damaged-file');
    expect(readFileSync(target, 'utf8')).not.toBe('{"cut');
  });

  it('refuses to export over a workshop another window has open', async () => {
    const documents = startService();
    const source = await documents['documents.create']({ title: 'Source', sessionId: windowA });
    const busy = await documents['documents.create']({ title: 'Busy target', sessionId: windowB });
    const error = await refusal(
      documents['documents.exportCopy']({ path: source.path, targetPath: busy.path }),
    );
    expect(error.code).toBe('conflict');
  });
});

describe('more library edges', () => {
  it('lets the window that has a workshop open rename it, and keeps holding it', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Draft', sessionId: windowA });
    const renamed = await documents['documents.rename']({
      path: created.path,
      title: 'Agreed plan',
      sessionId: windowA,
    });
    expect(existsSync(lockPathOf(created.path))).toBe(false);
    expect(JSON.parse(readFileSync(lockPathOf(renamed.path), 'utf8'))).toMatchObject({ sessionId: windowA });
    const error = await refusal(
      documents['documents.open']({ path: renamed.path, sessionId: windowB, takeOver: false }),
    );
    expect(error.code).toBe('conflict');
  });

  it('says when a trash entry is no longer there', async () => {
    const documents = startService();
    const created = await documents['documents.create']({ title: 'Gone twice', sessionId: windowA });
    const trashed = await documents['documents.delete']({ path: created.path, sessionId: windowA });
    await documents['documents.restoreFromTrash']({ trashPath: trashed.trashPath });
    const error = await refusal(documents['documents.restoreFromTrash']({ trashPath: trashed.trashPath }));
    expect(error.code).toBe('not-found');
  });
});

describe('importing hostile content', () => {
  const topLevelKeys = [
    'schemaVersion',
    'id',
    'createdAt',
    'meta',
    'agenda',
    'stakeholders',
    'readiness',
    'layout',
  ];

  it('never fails unexpectedly, and every refusal names the file and the bad field', async () => {
    const documents = startService();
    await fc.assert(
      fc.asyncProperty(
        anyWorkshop(),
        fc.constantFrom(...topLevelKeys),
        fc.jsonValue(),
        async (workshop, key, value) => {
          const raw = JSON.parse(serialiseWorkshop(workshop)) as Record<string, unknown>;
          raw[key] = value;
          try {
            const entry = await documents['documents.importContent']({
              fileName: 'hostile.readyroom',
              content: JSON.stringify(raw),
            });
            expect(entry.problem).toBeNull();
          } catch (error) {
            if (!(error instanceof HostError)) throw error;
            expect(['invalid-argument', 'damaged-file']).toContain(error.code);
            expect(error.message).toContain('"hostile.readyroom"');
            const field = (error.details as { field?: string | null } | undefined)?.field;
            if (error.code === 'invalid-argument' && field !== null && field !== undefined) {
              expect(error.message).toContain(field);
            }
          }
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });
});
