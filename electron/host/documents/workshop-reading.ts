/** Reading a workshop file as the document service's methods do: bounded, and valid or refused. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileProblem } from '../../../shared/workshop/file';
import type { Workshop } from '../../../shared/workshop/workshop';
import { damagedFileError, notFoundError } from './document-errors';
import { errorCode } from './io-errors';
import { parseWorkshopBytes } from './off-thread-parse';
import { sizeProblem } from './workshop-bytes';

/**
 * Reads a workshop file that must exist; a missing one is a `not-found` the facilitator
 * can act on. A file over the size limit is refused from its size, before it is read.
 */
export async function readExisting(
  filePath: string,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; problem: FileProblem }> {
  try {
    const tooLarge = sizeProblem((await stat(filePath)).size, path.basename(filePath));
    if (tooLarge !== null && !tooLarge.ok) return tooLarge;
    return { ok: true, bytes: await readFile(filePath) };
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw notFoundError(filePath);
    throw error;
  }
}

/** Reads a workshop that must be valid; a damaged one is refused with its newest good backup. */
export async function readValid(
  filePath: string,
): Promise<{ bytes: Buffer; workshop: Workshop; migratedFrom: number | null; revision: string }> {
  const read = await readExisting(filePath);
  if (!read.ok) throw await damagedFileError(filePath, read.problem);
  // Large files are parsed on a worker thread: the voting room shares this event loop.
  const { parsed, revision } = await parseWorkshopBytes(read.bytes, path.basename(filePath));
  if (!parsed.ok) throw await damagedFileError(filePath, parsed.problem);
  return {
    bytes: read.bytes,
    workshop: parsed.workshop,
    migratedFrom: parsed.migratedFrom ?? null,
    revision,
  };
}
