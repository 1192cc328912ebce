import type { QuestionId } from '../../../shared/workshop/readiness';
import { journalPath, type RoundJournal } from './journal';
import type { AppendedRecord, RoundRecord } from './journal-records';
import { closesAfter, startJournal } from './journal-start';
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
    closesAt: closesAfter(openedAt, input.durationSeconds),
  };
  return startJournal(journalPath(dataDirectory, round.roundId), round, new RoundLedger(round), onCommit, {
    alreadyRan: 'host.voting.roundAlreadyRan',
    notOpened: 'host.voting.roundNotOpenedDisk',
    name: 'the round journal',
  });
}
