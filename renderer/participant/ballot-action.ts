/**
 * Casting a ballot from the phone: an answer, and "how sure" when the round asks. A tap on
 * a "how sure" value sends the answer again with it; a changed answer keeps the value given.
 */
import { text } from '../../shared/text';
import type { Answer, QuestionId } from '../../shared/voting/room-protocol';
import type { PageHooks } from './page-hooks';
import { castBallot } from './room-client';
import { VOTE_CONFIRMATION } from './view';

const OFFLINE_VOTE = text('phone.offlineVote');

/** Builds the page's `vote(questionId, answer, confidence?)`. */
export function createVote(page: PageHooks) {
  return async function vote(questionId: QuestionId, answer: Answer, confidence?: number): Promise<void> {
    const round = page.model().phone?.round;
    const token = page.token();
    if (round === null || round === undefined || token === null) return;
    const sure = round.askConfidence ? (confidence ?? round.myConfidence[questionId]) : undefined;
    const before = page.model();
    page.update({
      sending: { ...before.sending, [questionId]: answer },
      sendingSure: { ...before.sendingSure, [questionId]: sure },
    });
    try {
      await castBallot(token, {
        roundId: round.roundId,
        questionId,
        answer,
        ...(sure === undefined ? {} : { confidence: sure }),
      });
      const phone = page.model().phone;
      if (phone?.round?.roundId === round.roundId) {
        const myAnswers = { ...phone.round.myAnswers, [questionId]: answer };
        const myConfidence = { ...phone.round.myConfidence, [questionId]: sure };
        page.update({ phone: { ...phone, round: { ...phone.round, myAnswers, myConfidence } } });
      }
      page.announce(VOTE_CONFIRMATION);
    } catch (error) {
      page.failed(error, OFFLINE_VOTE);
    } finally {
      const { [questionId]: _sent, ...stillSending } = page.model().sending;
      const { [questionId]: _sure, ...stillSure } = page.model().sendingSure ?? {};
      page.update({ sending: stillSending, sendingSure: stillSure });
    }
  };
}
