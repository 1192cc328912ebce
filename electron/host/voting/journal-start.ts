/**
 * Starting a journal, for a readiness round and a room activity alike: its first line on the
 * disk before anyone hears it opened, then a tally fed by every line the journal commits.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from '../../../shared/host-api/errors';
import { text, type MessageId } from '../../../shared/text';
import { RoundJournal } from './journal';

/** What the facilitator is told when a journal cannot start, and what the log calls it. */
export interface JournalStartRefusals {
  /** A journal of that id is already on the disk. */
  readonly alreadyRan: MessageId;
  /** The data folder could not be written. */
  readonly notOpened: MessageId;
  /** For the log: "the round journal", "the activity journal". */
  readonly name: string;
}

/** When something opened at `openedAt` closes after `durationSeconds`; null without a time limit. */
export function closesAfter(openedAt: Date, durationSeconds: number | null): string | null {
  return durationSeconds === null
    ? null
    : new Date(openedAt.getTime() + durationSeconds * 1000).toISOString();
}

/**
 * Writes `first` as the first line of a new journal at `filePath`, then hands `ledger` every
 * line the journal commits. Refuses a journal that already exists (an id that already ran),
 * and says what to do when the data folder cannot be written.
 */
export async function startJournal<Ledger, Appended extends object>(
  filePath: string,
  first: object,
  ledger: Ledger,
  onCommit: (ledger: Ledger, record: Appended) => void,
  refusals: JournalStartRefusals,
): Promise<{ ledger: Ledger; journal: RoundJournal<Appended> }> {
  try {
    await mkdir(path.dirname(filePath), { recursive: true });
    const journal = await RoundJournal.create<Appended>(filePath, first, (record) =>
      onCommit(ledger, record),
    );
    return { ledger, journal };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw new HostError('conflict', text(refusals.alreadyRan));
    }
    console.error(`[readyroom] could not start ${refusals.name}`, error);
    throw new HostError('io-error', text(refusals.notOpened));
  }
}
