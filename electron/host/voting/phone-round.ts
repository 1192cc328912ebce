import { READINESS_QUESTIONS } from '../../../shared/workshop/readiness';
import type { PhoneRound } from './room-request-schemas';
import type { RoundLedger } from './round-ledger';

const QUESTIONS_BY_ID = new Map(READINESS_QUESTIONS.map((question) => [question.id, question]));

/** The round as one phone may see it: its questions, this phone's answers, results once revealed. */
export function phoneRoundOf(ledger: RoundLedger, deviceId: string): PhoneRound {
  return {
    roundId: ledger.round.roundId,
    number: ledger.round.number,
    mode: ledger.round.mode,
    status: ledger.status === 'closed' ? 'closed' : 'open',
    openedAt: ledger.round.openedAt,
    questions: ledger.round.questionIds.map((id) => {
      const question = QUESTIONS_BY_ID.get(id);
      return { id, label: question?.label ?? id, text: question?.text ?? id };
    }),
    myAnswers: ledger.answersOf(`device:${deviceId}`),
    askConfidence: ledger.round.askConfidence === true,
    myConfidence: ledger.confidenceOf(`device:${deviceId}`),
    results: ledger.revealed ? ledger.results() : null,
  };
}
