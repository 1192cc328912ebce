import type { RecordedRound } from '../../../shared/host-api/voting-contract';
import { listClosedRoundJournals } from './journal';
import { RoundLedger } from './round-ledger';

/**
 * Every closed round of one workshop that the host kept a journal of, with its counted
 * ballots, oldest first: what the workshop file is caught up with when it opens.
 */
export async function listRecordedRounds(
  dataDirectory: string,
  workshopId: string,
): Promise<RecordedRound[]> {
  const journals = await listClosedRoundJournals(dataDirectory, workshopId);
  return journals.map((journal): RecordedRound => {
    const ledger = new RoundLedger(journal.round);
    for (const record of journal.records) ledger.apply(record);
    const closed = journal.records.find((record) => record.type === 'closed');
    return {
      roundId: journal.round.roundId,
      number: journal.round.number,
      questionIds: [...journal.round.questionIds],
      mode: journal.round.mode,
      askConfidence: journal.round.askConfidence === true,
      openedAt: journal.round.openedAt,
      closedAt: closed?.type === 'closed' ? closed.closedAt : journal.round.openedAt,
      ballots: ledger.ballots(),
    };
  });
}
