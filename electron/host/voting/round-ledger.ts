import type { LiveBallot, VotingState } from '../../../shared/host-api/voting-contract';
import type { Answer, QuestionId } from '../../../shared/workshop/readiness';
import type { AnswerCounts } from '../../../shared/voting/room-protocol';
import { ClosingLedger } from './closing-ledger';
import type { AppendedRecord, BallotRecord, RoundRecord } from './journal-records';

export type { AnswerCounts };

/**
 * The in-memory tally of one round, fed only with records that are already on the disk
 * (or read back from it). One ballot per voter per question: a later ballot from the same
 * voter replaces the earlier one, so a changed vote counts once.
 */
export class RoundLedger extends ClosingLedger {
  #revealed = false;
  /** Latest ballot per `questionId` + voter. */
  readonly #ballots = new Map<string, BallotRecord>();

  constructor(readonly round: RoundRecord) {
    super();
  }

  get revealed(): boolean {
    return this.#revealed;
  }

  /** Whether a ballot on `questionId` may still be cast. */
  accepts(questionId: string): questionId is QuestionId {
    return this.status === 'open' && (this.round.questionIds as readonly string[]).includes(questionId);
  }

  /** Applies one committed journal record. */
  apply(record: AppendedRecord): void {
    if (record.type === 'closed') {
      this.close(record.closedAt);
      return;
    }
    if (this.status === 'closed' || !this.round.questionIds.includes(record.questionId)) return;
    const key = `${record.questionId}\u0000${record.voterKey}`;
    // Delete first so the list keeps the order in which voters last voted.
    this.#ballots.delete(key);
    this.#ballots.set(key, record);
  }

  /** Marks the results as shown to the room. */
  reveal(): void {
    this.#revealed = true;
  }

  /** This voter's current answers in this round. */
  answersOf(voterKey: string): Partial<Record<QuestionId, Answer>> {
    const answers: Partial<Record<QuestionId, Answer>> = {};
    for (const questionId of this.round.questionIds) {
      const ballot = this.#ballots.get(`${questionId}\u0000${voterKey}`);
      if (ballot !== undefined) answers[questionId] = ballot.answer;
    }
    return answers;
  }

  /** This voter's "how sure" per question, where the round asked and the voter said. */
  confidenceOf(voterKey: string): Partial<Record<QuestionId, number>> {
    const confidence: Partial<Record<QuestionId, number>> = {};
    for (const questionId of this.round.questionIds) {
      const said = this.#ballots.get(`${questionId}\u0000${voterKey}`)?.confidence;
      if (said !== undefined) confidence[questionId] = said;
    }
    return confidence;
  }

  /** Counts per answer for each question of the round. */
  results(): Record<string, AnswerCounts> {
    const results: Record<string, AnswerCounts> = {};
    for (const questionId of this.round.questionIds) results[questionId] = { yes: 0, partly: 0, no: 0 };
    for (const ballot of this.#ballots.values()) {
      const counts = results[ballot.questionId];
      if (counts !== undefined) counts[ballot.answer] += 1;
    }
    return results;
  }

  /** Ballots received per question (one per voter). */
  ballotCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const questionId of this.round.questionIds) counts[questionId] = 0;
    for (const ballot of this.#ballots.values())
      counts[ballot.questionId] = (counts[ballot.questionId] ?? 0) + 1;
    return counts;
  }

  /** Every counted ballot. */
  ballots(): LiveBallot[] {
    return [...this.#ballots.values()].map((ballot) => ({
      id: ballot.id,
      roundId: this.round.roundId,
      questionId: ballot.questionId,
      voter: ballot.voter,
      answer: ballot.answer,
      confidence: ballot.confidence ?? null,
      castAt: ballot.castAt,
    }));
  }

  /**
   * The round as the facilitator window sees it: only how many ballots arrived while it is
   * open, every ballot once it is closed, counts per answer once revealed.
   */
  toState(): NonNullable<VotingState['round']> {
    const closed = this.status === 'closed';
    return {
      roundId: this.round.roundId,
      workshopId: this.round.workshopId ?? '',
      number: this.round.number,
      questionIds: [...this.round.questionIds],
      mode: this.round.mode,
      askConfidence: this.round.askConfidence === true,
      status: closed ? 'closed' : 'open',
      openedAt: this.round.openedAt,
      closedAt: this.closedAt,
      closesAt: this.round.closesAt,
      revealed: this.#revealed,
      ballotCounts: this.ballotCounts(),
      results: this.#revealed ? this.results() : null,
      ballots: closed ? this.ballots() : [],
    };
  }
}
