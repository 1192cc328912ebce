import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type writeFileAtomic from 'write-file-atomic';
import { HostError } from '../../../shared/host-api/errors';
import { buildSampleWorkshop } from '../../../test/fixtures/build-sample-workshop';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { describeExportWriteError, writeActionPlan, writeActionsCsv } from './write-export';

/** Lets a test make the atomic writer fail as a disk would; otherwise the real one runs. */
const simulated = vi.hoisted(() => ({ code: undefined as string | undefined }));

vi.mock('write-file-atomic', async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof writeFileAtomic }>()).default;
  return {
    default: async (file: string, data: string | Buffer, options?: writeFileAtomic.Options) => {
      if (simulated.code !== undefined) {
        throw Object.assign(new Error(`simulated ${simulated.code}`), { code: simulated.code });
      }
      return real(file, data, options);
    },
  };
});

describe('writing exports', () => {
  let folder: ReturnType<typeof makeTemporaryDirectory>;
  const workshop = buildSampleWorkshop();
  const generatedAt = new Date('2025-03-18T15:00:00.000Z');

  beforeEach(() => {
    folder = makeTemporaryDirectory('readyroom-export-');
    simulated.code = undefined;
  });
  afterEach(() => folder.remove());

  it('writes the plan as a .docx file and leaves nothing else behind', async () => {
    const target = path.join(folder.path, 'plan.docx');

    const written = await writeActionPlan(workshop, target, {}, { generatedAt });

    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(written).toEqual({ path: target, bytes: bytes.length });
    expect(readdirSync(folder.path)).toEqual(['plan.docx']);
  });

  it('replaces an earlier copy whole', async () => {
    const target = path.join(folder.path, 'actions.csv');
    writeFileSync(target, 'an old export that is much longer than the new one will be '.repeat(200));

    await writeActionsCsv(workshop, target);

    expect(readFileSync(target, 'utf8').startsWith('\uFEFFCode,Title,Owner')).toBe(true);
    expect(readdirSync(folder.path)).toEqual(['actions.csv']);
  });

  it('refuses clearly when the target is a folder, leaving no partial file', async () => {
    const target = path.join(folder.path, 'plan.docx');
    mkdirSync(target);

    const failure = await writeActionPlan(workshop, target, {}, { generatedAt }).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({
      code: 'io-error',
      message: expect.stringContaining('There is a folder called "plan.docx"'),
    });
    expect(readdirSync(folder.path)).toEqual(['plan.docx']);
    expect(readdirSync(target)).toEqual([]);
  });

  it('says when the folder does not exist', async () => {
    const failure = await writeActionsCsv(workshop, path.join(folder.path, 'gone', 'actions.csv')).catch(
      (error: unknown) => error,
    );

    expect(failure).toMatchObject({ code: 'io-error', message: expect.stringContaining('does not exist') });
  });

  it.each([
    ['ENOSPC', 'The disk is full, so "plan.docx" could not be saved.'],
    [
      'EBUSY',
      '"plan.docx" is open in another program, such as Word, or is read-only. Close it there and try again.',
    ],
    ['EPERM', '"plan.docx" is open in another program, such as Word'],
    ['EACCES', 'ReadyRoom is not allowed to save "plan.docx" there'],
  ])('turns %s from the disk into a message that says what to do', async (code, message) => {
    simulated.code = code;
    const target = path.join(folder.path, 'plan.docx');

    const failure = await writeActionPlan(workshop, target, {}, { generatedAt }).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: 'io-error', details: { code, path: target } });
    expect((failure as HostError).message).toContain(message);
    expect(readdirSync(folder.path)).toEqual([]);
  });

  it('passes on errors that are not disk problems unchanged', () => {
    const bug = new TypeError('not a disk problem');

    expect(describeExportWriteError(bug, 'plan.docx')).toBe(bug);
  });
});
