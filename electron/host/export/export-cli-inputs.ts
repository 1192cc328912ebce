/**
 * What the command line export reads and how it words it: the workshop file, pictures given
 * as PNG files, and the small helpers for its messages. A problem with what was given is a
 * {@link UsageProblem}: the command prints its message and the usage, and exits with 2.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseWorkshopFile, type Workshop } from '../../../shared/workshop';
import { type PlanPicture, readPngSize } from './plan/pictures';

/** Something wrong with what the command was given, said so the person can put it right. */
export class UsageProblem extends Error {}

export async function readWorkshop(inputPath: string): Promise<Workshop> {
  let text: string;
  try {
    text = await readFile(inputPath, 'utf8');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new UsageProblem(
      code === 'ENOENT'
        ? `Could not find the workshop file "${inputPath}". Check the path and try again.`
        : code === 'EISDIR'
          ? `"${inputPath}" is a folder. Give the path of a .readyroom file.`
          : `Could not read the workshop file "${inputPath}" (${code || 'unknown problem'}).`,
    );
  }
  const result = parseWorkshopFile(text, path.basename(inputPath));
  if (!result.ok) {
    throw new UsageProblem(result.problem.message);
  }
  return result.workshop;
}

export async function readPicture(picturePath: string, option: string): Promise<PlanPicture> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(picturePath));
  } catch {
    throw new UsageProblem(
      `Could not read the picture "${picturePath}" given with --${option}. Check the path and try again.`,
    );
  }
  const size = readPngSize(bytes);
  if (size === undefined) {
    throw new UsageProblem(
      `"${picturePath}" (given with --${option}) is not a PNG picture. Save the picture as PNG and try again.`,
    );
  }
  return { png: bytes, ...size };
}

/** "a", "a and b", "a, b and c". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
