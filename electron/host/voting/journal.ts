/**
 * The ballot journal: one JSON line per event in `<dataDirectory>/voting/<roundId>.jsonl`,
 * flushed to the disk (fdatasync) before a ballot is acknowledged. Concurrent ballots share
 * one flush (group commit), so a full room costs a handful of disk syncs, not one per vote.
 * A crash can only tear the last line; reading skips it (it was never acknowledged).
 */
import { open, readdir, readFile, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { syncDirectory } from '../documents/atomic-file';
import {
  JournalRecordSchema,
  type AppendedRecord,
  type JournalRecord,
  type RoundRecord,
} from './journal-records';

/** The folder under the data directory that holds the round journals. */
export const JOURNAL_FOLDER = 'voting';
const JOURNAL_EXTENSION = '.jsonl';

/** Where the journal of `roundId` lives. */
export function journalPath(dataDirectory: string, roundId: string): string {
  return path.join(dataDirectory, JOURNAL_FOLDER, `${roundId}${JOURNAL_EXTENSION}`);
}

interface Pending {
  readonly record: AppendedRecord;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Appends records to one round's journal. `append` resolves once the record is on the disk;
 * `onCommit` hears every committed record, in file order, before any `append` resolves, so
 * the in-memory count can never run ahead of (or behind) the file.
 */
export class RoundJournal {
  readonly filePath: string;
  readonly #handle: FileHandle;
  readonly #onCommit: (record: AppendedRecord) => void;
  #size: number;
  #pending: Pending[] = [];
  #draining: Promise<void> | null = null;
  #closed = false;

  private constructor(
    filePath: string,
    handle: FileHandle,
    size: number,
    onCommit: (record: AppendedRecord) => void,
  ) {
    this.filePath = filePath;
    this.#handle = handle;
    this.#size = size;
    this.#onCommit = onCommit;
  }

  /** Starts the journal of a new round; fails with `EEXIST` when that round already has one. */
  static async create(
    filePath: string,
    round: RoundRecord,
    onCommit: (record: AppendedRecord) => void,
  ): Promise<RoundJournal> {
    const line = `${JSON.stringify(round)}\n`;
    const handle = await open(filePath, 'ax');
    try {
      await handle.appendFile(line);
      await handle.datasync();
    } catch (error) {
      await handle.close();
      throw error;
    }
    // The new file's name must survive a power cut too, not only its contents.
    await syncDirectory(path.dirname(filePath));
    return new RoundJournal(filePath, handle, Buffer.byteLength(line), onCommit);
  }

  /** Continues a recovered journal, cutting off a torn last line first. */
  static async reopen(
    filePath: string,
    validBytes: number,
    onCommit: (record: AppendedRecord) => void,
  ): Promise<RoundJournal> {
    await truncate(filePath, validBytes);
    const handle = await open(filePath, 'a');
    try {
      await handle.datasync();
    } catch (error) {
      await handle.close();
      throw error;
    }
    return new RoundJournal(filePath, handle, validBytes, onCommit);
  }

  /** Appends one record; resolves once it is on the disk (and `onCommit` has seen it). */
  append(record: AppendedRecord): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('The round journal is closed.'));
    return new Promise<void>((resolve, reject) => {
      this.#pending.push({ record, resolve, reject });
      this.#draining ??= this.#drain();
    });
  }

  /** Waits for pending records, then closes the file. Later appends are refused. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#draining;
    await this.#handle.close();
  }

  async #drain(): Promise<void> {
    // Let the requests parsed in this turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.#pending.length > 0) {
      const batch = this.#pending;
      this.#pending = [];
      const text = batch.map((entry) => `${JSON.stringify(entry.record)}\n`).join('');
      try {
        await this.#handle.appendFile(text);
        await this.#handle.datasync();
        this.#size += Buffer.byteLength(text);
      } catch (error) {
        // Cut back to the last whole batch so a half-written line cannot glue onto the next.
        await this.#handle.truncate(this.#size).catch(() => undefined);
        for (const entry of batch) entry.reject(error);
        continue;
      }
      for (const entry of batch) this.#onCommit(entry.record);
      for (const entry of batch) entry.resolve();
    }
    this.#draining = null;
  }
}

/** What a journal file holds. */
export interface JournalContents {
  readonly filePath: string;
  readonly round: RoundRecord;
  /** Every valid line after the round line, in file order. */
  readonly records: readonly AppendedRecord[];
  /** Bytes up to the end of the last whole line (a torn line after it is dropped). */
  readonly validBytes: number;
  /** Whole lines that were not valid records (reported, never counted). */
  readonly skippedLines: number;
}

/** Reads one journal; null when it is not a round journal at all (no valid round line first). */
export async function readRoundJournal(filePath: string): Promise<JournalContents | null> {
  const bytes = await readFile(filePath);
  const lastNewline = bytes.lastIndexOf(0x0a);
  const validBytes = lastNewline + 1;
  const lines = bytes.subarray(0, validBytes).toString('utf8').split('\n').slice(0, -1);
  let round: RoundRecord | null = null;
  const records: AppendedRecord[] = [];
  let skippedLines = 0;
  for (const line of lines) {
    const record = parseRecord(line);
    if (record === null) {
      skippedLines += 1;
    } else if (round === null) {
      if (record.type !== 'round') return null;
      round = record;
    } else if (record.type === 'round') {
      skippedLines += 1;
    } else {
      records.push(record);
    }
  }
  return round === null ? null : { filePath, round, records, validBytes, skippedLines };
}

function parseRecord(line: string): JournalRecord | null {
  try {
    const parsed = JournalRecordSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The round that was still open when the host stopped (the newest one if, somehow, several
 * are), or null. Files that cannot be read are skipped: one damaged old journal must not
 * stop today's room.
 */
export async function findOpenRoundJournal(dataDirectory: string): Promise<JournalContents | null> {
  const folder = path.join(dataDirectory, JOURNAL_FOLDER);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return null;
  }
  let newest: JournalContents | null = null;
  for (const name of names) {
    if (!name.endsWith(JOURNAL_EXTENSION)) continue;
    const contents = await readRoundJournal(path.join(folder, name)).catch(() => null);
    if (contents === null || contents.records.some((record) => record.type === 'closed')) continue;
    if (newest === null || contents.round.openedAt > newest.round.openedAt) newest = contents;
  }
  return newest;
}

/**
 * Every closed round of one workshop that has a journal here, oldest first: the record a
 * workshop file is checked against when it opens (a round closed while its window was gone
 * still reaches the file). Unreadable files are skipped, as above.
 */
export async function listClosedRoundJournals(
  dataDirectory: string,
  workshopId: string,
): Promise<JournalContents[]> {
  const folder = path.join(dataDirectory, JOURNAL_FOLDER);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const found: JournalContents[] = [];
  for (const name of names) {
    if (!name.endsWith(JOURNAL_EXTENSION)) continue;
    const contents = await readRoundJournal(path.join(folder, name)).catch(() => null);
    if (contents === null || contents.round.workshopId !== workshopId) continue;
    if (contents.records.some((record) => record.type === 'closed')) found.push(contents);
  }
  return found.sort((first, second) => first.round.openedAt.localeCompare(second.round.openedAt));
}
