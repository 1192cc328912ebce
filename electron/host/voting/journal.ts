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

interface Pending<Appended> {
  readonly record: Appended;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Appends records to one round's journal (or a room activity's: `Appended` is the kind of
 * line after the first). `append` resolves once the record is on the disk;
 * `onCommit` hears every committed record, in file order, before any `append` resolves, so
 * the in-memory count can never run ahead of (or behind) the file.
 */
export class RoundJournal<Appended extends object = AppendedRecord> {
  readonly filePath: string;
  readonly #handle: FileHandle;
  readonly #onCommit: (record: Appended) => void;
  #size: number;
  #pending: Pending<Appended>[] = [];
  #draining: Promise<void> | null = null;
  #closed = false;

  private constructor(
    filePath: string,
    handle: FileHandle,
    size: number,
    onCommit: (record: Appended) => void,
  ) {
    this.filePath = filePath;
    this.#handle = handle;
    this.#size = size;
    this.#onCommit = onCommit;
  }

  /** Starts the journal of a new round; fails with `EEXIST` when that round already has one. */
  static async create<Appended extends object = AppendedRecord>(
    filePath: string,
    first: object,
    onCommit: (record: Appended) => void,
  ): Promise<RoundJournal<Appended>> {
    const line = `${JSON.stringify(first)}\n`;
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
    return new RoundJournal<Appended>(filePath, handle, Buffer.byteLength(line), onCommit);
  }

  /** Continues a recovered journal, cutting off a torn last line first. */
  static async reopen<Appended extends object = AppendedRecord>(
    filePath: string,
    validBytes: number,
    onCommit: (record: Appended) => void,
  ): Promise<RoundJournal<Appended>> {
    await truncate(filePath, validBytes);
    const handle = await open(filePath, 'a');
    try {
      await handle.datasync();
    } catch (error) {
      await handle.close();
      throw error;
    }
    return new RoundJournal<Appended>(filePath, handle, validBytes, onCommit);
  }

  /** Appends one record; resolves once it is on the disk (and `onCommit` has seen it). */
  append(record: Appended): Promise<void> {
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

/** A journal file read back: its first line, the valid lines after it, where it may go on. */
export interface JournalLines<First, Appended> {
  readonly first: First;
  readonly records: readonly Appended[];
  readonly validBytes: number;
  readonly skippedLines: number;
}

/**
 * Reads one journal whose lines `schema` knows and whose first line has type `firstType`;
 * null when the file is not such a journal at all. A torn last line is left out.
 */
export async function readJournalLines<Line extends { readonly type: string }, First extends Line>(
  filePath: string,
  schema: { safeParse(value: unknown): { success: true; data: Line } | { success: false } },
  isFirst: (line: Line) => line is First,
): Promise<JournalLines<First, Exclude<Line, First>> | null> {
  const bytes = await readFile(filePath);
  const validBytes = bytes.lastIndexOf(0x0a) + 1;
  const lines = bytes.subarray(0, validBytes).toString('utf8').split('\n').slice(0, -1);
  let first: First | null = null;
  const records: Exclude<Line, First>[] = [];
  let skippedLines = 0;
  for (const line of lines) {
    const record = parseLine(line, schema);
    if (record === null) {
      skippedLines += 1;
    } else if (first === null) {
      if (!isFirst(record)) return null;
      first = record;
    } else if (isFirst(record)) {
      skippedLines += 1;
    } else {
      records.push(record as Exclude<Line, First>);
    }
  }
  return first === null ? null : { first, records, validBytes, skippedLines };
}

/** Reads one journal; null when it is not a round journal at all (no valid round line first). */
export async function readRoundJournal(filePath: string): Promise<JournalContents | null> {
  const read = await readJournalLines(filePath, JournalRecordSchema, isRoundLine);
  return read === null ? null : contentsOf({ ...read, filePath });
}

function parseLine<Line>(
  line: string,
  schema: { safeParse(value: unknown): { success: true; data: Line } | { success: false } },
): Line | null {
  try {
    const parsed = schema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The journal files in the data folder (none when it has no voting folder yet). */
export async function journalFiles(dataDirectory: string): Promise<string[]> {
  const folder = path.join(dataDirectory, JOURNAL_FOLDER);
  try {
    const names = await readdir(folder);
    return names.filter((name) => name.endsWith(JOURNAL_EXTENSION)).map((name) => path.join(folder, name));
  } catch {
    return [];
  }
}

/** A journal file read back, and where it is. */
export type JournalFile<First, Appended> = JournalLines<First, Appended> & { readonly filePath: string };

/**
 * Every journal in the data folder named as `named` wants whose first line `isFirst` knows,
 * oldest first. Files that cannot be read are skipped: one damaged old journal must not stop
 * today's room.
 */
export async function readJournals<
  Line extends { readonly type: string },
  First extends Line & { readonly openedAt: string },
>(
  dataDirectory: string,
  schema: { safeParse(value: unknown): { success: true; data: Line } | { success: false } },
  isFirst: (line: Line) => line is First,
  named: (fileName: string) => boolean = () => true,
): Promise<JournalFile<First, Exclude<Line, First>>[]> {
  const found: JournalFile<First, Exclude<Line, First>>[] = [];
  for (const filePath of await journalFiles(dataDirectory)) {
    if (!named(path.basename(filePath))) continue;
    const read = await readJournalLines(filePath, schema, isFirst).catch(() => null);
    if (read !== null) found.push({ ...read, filePath });
  }
  return found.sort((first, second) => first.first.openedAt.localeCompare(second.first.openedAt));
}

interface AnyJournal {
  readonly first: { readonly workshopId?: string | undefined };
  readonly records: readonly { readonly type: string }[];
}

const isClosed = (journal: AnyJournal) => journal.records.some((record) => record.type === 'closed');

/** The newest of `journals` with no closing line: the one left open when the host stopped. */
export function newestOpen<Journal extends AnyJournal>(journals: readonly Journal[]): Journal | undefined {
  return journals.filter((journal) => !isClosed(journal)).at(-1);
}

/** The journals of one workshop that have their closing line, in the order given. */
export function closedOf<Journal extends AnyJournal>(
  journals: readonly Journal[],
  workshopId: string,
): Journal[] {
  return journals.filter((journal) => journal.first.workshopId === workshopId && isClosed(journal));
}

const isRoundLine = (line: JournalRecord): line is RoundRecord => line.type === 'round';

function contentsOf({ first, ...rest }: JournalFile<RoundRecord, AppendedRecord>): JournalContents {
  return { ...rest, round: first };
}

/**
 * The round that was still open when the host stopped (the newest one if, somehow, several
 * are), or null.
 */
export async function findOpenRoundJournal(dataDirectory: string): Promise<JournalContents | null> {
  const open = newestOpen(await readJournals(dataDirectory, JournalRecordSchema, isRoundLine));
  return open === undefined ? null : contentsOf(open);
}

/**
 * Every closed round of one workshop that has a journal here, oldest first: the record a
 * workshop file is checked against when it opens (a round closed while its window was gone
 * still reaches the file).
 */
export async function listClosedRoundJournals(
  dataDirectory: string,
  workshopId: string,
): Promise<JournalContents[]> {
  const journals = await readJournals(dataDirectory, JournalRecordSchema, isRoundLine);
  return closedOf(journals, workshopId).map(contentsOf);
}
