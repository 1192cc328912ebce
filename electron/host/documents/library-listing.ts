import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryEntry } from '../../../shared/host-api/documents-contract';
import { librarySummary } from '../../../shared/workshop/summary';
import { notFoundError } from './document-errors';
import { fileKey } from './file-locks';
import { errorCode } from './io-errors';
import { parseWorkshopBytes } from './off-thread-parse';
import { sizeProblem } from './workshop-bytes';

/**
 * The library list: one entry per workshop file in a folder, newest first, each with its
 * summary or what is wrong with it. Entries are cached by the file's modification time, size
 * and inode, so listing a library of unchanged files reads none of them again.
 */
export class LibraryListing {
  readonly #cache = new Map<string, { readonly stamp: string; readonly entry: LibraryEntry }>();

  /** The entry of one file; null when it is not there or not a file. */
  async describe(filePath: string): Promise<LibraryEntry | null> {
    let stats;
    try {
      stats = await stat(filePath);
    } catch {
      return null;
    }
    if (!stats.isFile()) return null;
    const stamp = `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
    const cached = this.#cache.get(fileKey(filePath));
    if (cached?.stamp === stamp) return cached.entry;

    const fileName = path.basename(filePath);
    let summary: LibraryEntry['summary'] = null;
    let problem: string | null = null;
    try {
      const tooLarge = sizeProblem(stats.size, fileName);
      const { parsed } =
        tooLarge !== null
          ? { parsed: tooLarge }
          : await parseWorkshopBytes(await readFile(filePath), fileName);
      if (parsed.ok) {
        summary = librarySummary(parsed.workshop);
      } else {
        problem = parsed.problem.message;
      }
    } catch (error) {
      problem = `ReadyRoom could not read "${fileName}" (${errorCode(error) ?? 'unknown error'}). Check that no other program has it locked, then refresh the library.`;
    }
    const entry: LibraryEntry = {
      path: filePath,
      fileName,
      modifiedAt: stats.mtime.toISOString(),
      sizeBytes: stats.size,
      summary,
      problem,
    };
    this.#cache.set(fileKey(filePath), { stamp, entry });
    return entry;
  }

  /** The entry of a file that must be there; a `not-found` otherwise. */
  async entryOf(filePath: string): Promise<LibraryEntry> {
    const entry = await this.describe(filePath);
    if (entry === null) throw notFoundError(filePath);
    return entry;
  }

  /** Every workshop file in `folder`, newest first (then by name). */
  async list(folder: string): Promise<LibraryEntry[]> {
    const names = await readdir(folder, { withFileTypes: true });
    const candidates = names.filter(
      (entry) =>
        !entry.name.startsWith('.') &&
        /\.readyroom$/i.test(entry.name) &&
        (entry.isFile() || entry.isSymbolicLink()),
    );
    const paths = candidates.map((entry) => path.join(folder, entry.name));
    // Forget files that are gone, so the cache stays as small as the library.
    const present = new Set(paths.map(fileKey));
    for (const key of this.#cache.keys()) {
      if (path.dirname(key) === fileKey(folder) && !present.has(key)) this.#cache.delete(key);
    }
    const entries = await Promise.all(paths.map((filePath) => this.describe(filePath)));
    return entries
      .filter((entry): entry is LibraryEntry => entry !== null)
      .sort((left, right) =>
        left.modifiedAt === right.modifiedAt
          ? left.fileName.localeCompare(right.fileName)
          : left.modifiedAt < right.modifiedAt
            ? 1
            : -1,
      );
  }

  /** Forgets a file that left the library (moved to the trash). */
  forget(filePath: string): void {
    this.#cache.delete(fileKey(filePath));
  }
}
