import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from '../../../shared/host-api/errors';
import { text } from '../../../shared/text';
import type { QuestionId } from '../../../shared/workshop/readiness';
import { JOURNAL_FOLDER, journalPath, RoundJournal } from './journal';
import type { AppendedRecord, RoundRecord } from './journal-records';
import { RoundLedger } from './round-ledger';

/** What opening a round needs to know. */
export interface RoundStart {
  readonly roundId: string;
  readonly workshopId: string;
  readonly number: number;
  readonly questionIds: readonly QuestionId[];
  readonly mode: 'phones' | 'keypad';
  readonly durationSeconds: number | null;
  readonly askConfidence: boolean;
}

/**
 * Starts a round: its journal's first line on disk, then an empty tally fed by every line
 * the journal commits. Refuses a round id that already ran, and says what to do when the
 * data folder cannot be written.
 */
export async function startRound(
  dataDirectory: string,
  input: RoundStart,
  openedAt: Date,
  onCommit: (ledger: RoundLedger, record: AppendedRecord) => void,
): Promise<{ ledger: RoundLedger; journal: RoundJournal }> {
  const round: RoundRecord = {
    type: 'round',
    roundId: input.roundId,
    workshopId: input.workshopId,
    number: input.number,
    questionIds: [...new Set(input.questionIds)],
    mode: input.mode,
    askConfidence: input.askConfidence,
    openedAt: openedAt.toISOString(),
    closesAt:
      input.durationSeconds === null
        ? null
        : new Date(openedAt.getTime() + input.durationSeconds * 1000).toISOString(),
  };
  const ledger = new RoundLedger(round);
  try {
    await mkdir(path.join(dataDirectory, JOURNAL_FOLDER), { recursive: true });
    const journal = await RoundJournal.create(journalPath(dataDirectory, round.roundId), round, (record) =>
      onCommit(ledger, record),
    );
    return { ledger, journal };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw new HostError('conflict', text('host.voting.roundAlreadyRan'));
    }
    console.error('[readyroom] could not start the round journal', error);
    throw new HostError('io-error', text('host.voting.roundNotOpenedDisk'));
  }
}
