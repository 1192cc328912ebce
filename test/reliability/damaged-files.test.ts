/**
 * Damaged files (quality bar "Reliability and safety"): a saved workshop truncated at every
 * length, and 1,000 random bit flips. Each damaged file is refused with a message naming
 * the file and what is wrong, the newest valid backup is offered, and the damaged file is
 * left exactly as it was. A flip that still reads as a valid workshop (a letter changed
 * inside a text) is accepted, counted, and checked to parse.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DamagedFileDetails } from '../../shared/host-api/documents-contract';
import { HostError } from '../../shared/host-api/errors';
import { WorkshopSchema } from '../../shared/workshop/workshop';
import { createDocumentService, type DocumentService } from '../../electron/host/documents/document-service';
import { lockPathOf } from '../../electron/host/documents/file-locks';
import { readWorkshopBytes } from '../../electron/host/documents/workshop-bytes';
import { HostEventHub } from '../../electron/host/event-hub';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { randomInteger, seededRandom, testSeed } from './random';

const BIT_FLIPS = 1000;
/** Truncations that also go through `documents.open` (all of them go through its parsing). */
const OPEN_EVERY_NTH_TRUNCATION = 199;
const seed = testSeed(7);
const sessionId = 'damaged-files-test';
const sampleFile = new URL('../fixtures/sample-workshop.readyroom', import.meta.url);

let data: ReturnType<typeof makeTemporaryDirectory>;
let service: DocumentService;
let filePath: string;
let fileName: string;
let good: Buffer;
let newestBackupId: string;

beforeAll(async () => {
  data = makeTemporaryDirectory();
  const library = path.join(data.path, 'workshops');
  service = createDocumentService({ libraryFolder: () => library, events: new HostEventHub() });
  const created = await service.methods['documents.create']({ title: 'Sample', sessionId });
  const sample = WorkshopSchema.parse(JSON.parse(readFileSync(sampleFile, 'utf8')));
  await service.methods['documents.save']({
    path: created.path,
    sessionId,
    baseRevision: created.revision,
    workshop: sample,
  });
  await service.methods['documents.close']({ path: created.path, sessionId });
  filePath = created.path;
  fileName = created.fileName;
  good = readFileSync(filePath);
  // Saving writes the same text as the committed sample.
  expect(good).toEqual(readFileSync(sampleFile));
  const [newest] = await service.methods['documents.listBackups']({ path: filePath });
  expect(newest?.valid).toBe(true);
  newestBackupId = newest?.id ?? '';
});

afterAll(async () => {
  await service.dispose();
  data.remove();
});

/**
 * Writes `damaged` over the file and opens it. Returns 'refused' after checking the refusal,
 * or 'accepted' when the bytes still form a valid workshop.
 */
async function openDamaged(damaged: Buffer, context: string): Promise<'refused' | 'accepted'> {
  writeFileSync(filePath, damaged);
  let outcome: 'refused' | 'accepted';
  try {
    await service.methods['documents.open']({ path: fileName, sessionId, takeOver: false });
    outcome = 'accepted';
    expect(readWorkshopBytes(damaged, fileName).ok, context).toBe(true);
    await service.methods['documents.close']({ path: fileName, sessionId });
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    outcome = 'refused';
    expect(error.code, context).toBe('damaged-file');
    expect(error.message, context).toContain(`"${fileName}"`);
    expect(error.message, context).toContain('The newest backup that opens was saved');
    const details = error.details as unknown as DamagedFileDetails;
    expect(details.fileName, context).toBe(fileName);
    expect(details.newestValidBackup?.id, context).toBe(newestBackupId);
    expect(existsSync(lockPathOf(filePath)), context).toBe(false);
  }
  // Never overwritten, whatever happened.
  expect(readFileSync(filePath).equals(damaged), context).toBe(true);
  return outcome;
}

describe('a damaged workshop file', () => {
  it('cut short at any length is refused, naming the file', async () => {
    const acceptedLengths: number[] = [];
    const refusalsByKind = new Map<string, number>();
    for (let length = 0; length < good.length; length += 1) {
      // Exactly what documents.open does with the bytes, for every length...
      const result = readWorkshopBytes(good.subarray(0, length), fileName);
      if (result.ok) {
        acceptedLengths.push(length);
        continue;
      }
      if (!result.problem.message.includes(`"${fileName}"`)) {
        expect.fail(`length ${length}: the message does not name the file: ${result.problem.message}`);
      }
      refusalsByKind.set(result.problem.kind, (refusalsByKind.get(result.problem.kind) ?? 0) + 1);
    }
    // Only dropping the final newline leaves a complete workshop.
    expect(acceptedLengths).toEqual([good.length - 1]);
    console.info(
      `[damaged files] ${good.length} truncations refused by kind:`,
      Object.fromEntries(refusalsByKind),
    );

    // ...and through documents.open itself for a spread of lengths, including both ends.
    const lengths = new Set([0, 1, 2, good.length - 2]);
    for (let length = 0; length < good.length; length += OPEN_EVERY_NTH_TRUNCATION) lengths.add(length);
    for (const length of lengths) {
      expect(await openDamaged(good.subarray(0, length), `truncated to ${length} bytes`)).toBe('refused');
    }
  }, 180_000);

  it('with random bit flips is refused, or accepted only when it still reads as a valid workshop', async () => {
    const random = seededRandom(seed);
    const outcomes = { refused: 0, accepted: 0 };
    for (let flip = 0; flip < BIT_FLIPS; flip += 1) {
      const damaged = Buffer.from(good);
      const position = randomInteger(random, 0, damaged.length - 1);
      const bit = randomInteger(random, 0, 7);
      damaged[position] = (damaged[position] ?? 0) ^ (1 << bit);
      outcomes[await openDamaged(damaged, `flip ${flip}: byte ${position}, bit ${bit} (seed ${seed})`)] += 1;
    }
    console.info(`[damaged files] ${BIT_FLIPS} bit flips (seed ${seed}):`, outcomes);
    expect(outcomes.refused + outcomes.accepted).toBe(BIT_FLIPS);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 180_000);
});
