/**
 * Writing exported files (the Word action plan, the CSV of actions). Each file is written
 * whole or not at all: to a temporary file next to the target, flushed, then renamed over
 * it, so a full disk or a crash never leaves half a document behind and an earlier copy
 * stays intact. Disk problems become `HostError('io-error')` with a message that says what
 * to do.
 */
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { HostError } from '../../../shared/host-api/errors';
import type { Workshop } from '../../../shared/workshop';
import { actionsToCsv } from './actions-csv';
import { packActionPlan } from './pack-action-plan';
import { type ActionPlanOptions, buildActionPlan } from './plan/action-plan';
import type { PlanPictures } from './plan/pictures';

/** What was written. */
export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
}

/** How to build the plan when writing it; `generatedAt` defaults to now. */
export type WriteActionPlanOptions = Partial<ActionPlanOptions>;

/**
 * Builds the Word action plan of a workshop and writes it to `targetPath` atomically.
 * Throws `HostError('io-error')` when the disk refuses, leaving no partial file.
 */
export async function writeActionPlan(
  workshop: Workshop,
  targetPath: string,
  pictures: PlanPictures = {},
  options: WriteActionPlanOptions = {},
): Promise<WrittenFile> {
  const document = buildActionPlan(workshop, pictures, {
    ...options,
    generatedAt: options.generatedAt ?? new Date(),
  });
  return writeExportFile(targetPath, await packActionPlan(document));
}

/** Writes the actions of a workshop as CSV to `targetPath` atomically. */
export async function writeActionsCsv(workshop: Workshop, targetPath: string): Promise<WrittenFile> {
  return writeExportFile(targetPath, Buffer.from(actionsToCsv(workshop), 'utf8'));
}

/** Writes bytes to a file atomically, turning disk problems into clear `HostError`s. */
export async function writeExportFile(targetPath: string, data: Buffer): Promise<WrittenFile> {
  try {
    await writeFileAtomic(targetPath, data, { fsync: true });
  } catch (error) {
    throw describeExportWriteError(error, targetPath);
  }
  return { path: targetPath, bytes: data.length };
}

/**
 * A `HostError('io-error')` for a file-system error met while writing an export, saying
 * what went wrong and what to do. Errors that are not file-system errors are returned as
 * they are (they are bugs, not disk problems).
 */
export function describeExportWriteError(error: unknown, targetPath: string): unknown {
  if (error instanceof HostError) {
    return error;
  }
  const code = errorCode(error);
  if (code === undefined) {
    return error;
  }
  const file = `"${path.basename(targetPath)}"`;
  const unchanged = 'Nothing was written, and any earlier copy of the file is unchanged.';
  const message = (() => {
    switch (code) {
      case 'EBUSY':
      case 'EPERM':
        return `${file} is open in another program, such as Word, or is read-only. Close it there and try again. ${unchanged}`;
      case 'EACCES':
        return `ReadyRoom is not allowed to save ${file} there, or the file is open in another program. Close it, or choose another folder such as Documents, and try again. ${unchanged}`;
      case 'ENOSPC':
      case 'EDQUOT':
        return `The disk is full, so ${file} could not be saved. Free some space or choose another drive, then try again. ${unchanged}`;
      case 'EROFS':
        return `The disk is read-only, so ${file} could not be saved. Choose a folder on another drive and try again.`;
      case 'ENOENT':
      case 'ENOTDIR':
        return `The folder for ${file} does not exist, or its drive is not connected. Choose another folder and try again.`;
      case 'EISDIR':
        return `There is a folder called ${file} where the file should go. Choose another name and try again.`;
      case 'ENAMETOOLONG':
        return `The name or folder path of ${file} is too long for this computer. Use a shorter name or a folder nearer the top of the drive.`;
      default:
        return `${file} could not be saved because the computer reported a problem (${code}). Try again, or choose another folder. ${unchanged}`;
    }
  })();
  return new HostError('io-error', message, { code, path: targetPath });
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
