import { findOpenRoundJournal, RoundJournal } from './journal';
import type { AppendedRecord } from './journal-records';
import { RoundLedger } from './round-ledger';

/** A round that was open when the host last stopped, taken up again. */
export interface RecoveredRound {
  readonly ledger: RoundLedger;
  readonly journal: RoundJournal;
  readonly workshopId: string;
}

/**
 * Takes up the round left open by an earlier run (a crash, a quit mid-vote): its tally from
 * the journal, and the journal open again for more ballots. A round written before rounds
 * named their workshop cannot be claimed by any workshop, so it is closed here instead (its
 * ballots stay in the journal). Null when no round was left open.
 */
export async function recoverOpenRound(
  dataDirectory: string,
  now: () => Date,
  onCommit: (ledger: RoundLedger, record: AppendedRecord) => void,
): Promise<RecoveredRound | null> {
  const recovered = await findOpenRoundJournal(dataDirectory);
  if (recovered === null) return null;
  const ledger = new RoundLedger(recovered.round);
  for (const record of recovered.records) ledger.apply(record);
  const journal = await RoundJournal.reopen(recovered.filePath, recovered.validBytes, (record) =>
    onCommit(ledger, record),
  );
  if (recovered.skippedLines > 0) {
    console.warn(`[readyroom] ${recovered.skippedLines} unreadable line(s) skipped in ${recovered.filePath}`);
  }
  if (recovered.round.workshopId === undefined) {
    await journal.append({ type: 'closed', closedAt: now().toISOString() });
    await journal.close();
    return null;
  }
  return { ledger, journal, workshopId: recovered.round.workshopId };
}
