import { useMemo } from 'react';
import { text } from '../../../../shared/text';
import type { VotingRoundId } from '../../../../shared/workshop/ids';
import { ANSWERS, type QuestionId } from '../../../../shared/workshop/readiness';
import { tallyRounds } from '../../../../shared/workshop/readiness-logic';
import { sessionOfRound } from '../../../../shared/workshop/sessions';
import { ANSWER_LABELS, AnswerBars } from '../../../app/components/answer-bars';
import { useAppStore } from '../../../app/store/store-context';
import { selectOwnRound } from '../../../app/store/voting-slice';
import { useCurrentStageSession } from '../../follow-up/use-viewed-session';
import { RoundSpread } from '../../room-activity/round-spread';
import { MODE_SHORT_LABELS, questionLabel } from './readiness-labels';

function HandCountInputs({ roundId, questionIds }: { roundId: string; questionIds: readonly QuestionId[] }) {
  const handCounts = useAppStore((state) => state.workshop?.readiness.handCounts);
  const editWorkshop = useAppStore((state) => state.editWorkshop);
  return (
    <div className="hand-counts">
      {questionIds.map((questionId) => {
        const count = handCounts?.find((item) => item.roundId === roundId && item.questionId === questionId);
        return (
          <fieldset key={questionId}>
            <legend>{text('stage.readiness.handsRaised', { question: questionLabel(questionId) })}</legend>
            {ANSWERS.map((answer) => (
              <label key={answer} className="hand-counts__field">
                {ANSWER_LABELS[answer]}
                <input
                  type="number"
                  min={0}
                  max={10000}
                  value={count?.[answer] ?? 0}
                  onChange={(event) => {
                    const value = Math.max(0, Math.min(10000, Math.round(Number(event.target.value) || 0)));
                    editWorkshop((draft) => {
                      let target = draft.readiness.handCounts.find(
                        (item) => item.roundId === roundId && item.questionId === questionId,
                      );
                      if (target === undefined) {
                        target = { roundId: roundId as VotingRoundId, questionId, yes: 0, partly: 0, no: 0 };
                        draft.readiness.handCounts.push(target);
                      }
                      target[answer] = value;
                    });
                  }}
                />
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}

/**
 * Every finished round of the session the stage belongs to (the workshop's rounds on its
 * readiness stage, a follow-up's on its re-test): hand counts or votes, hidden until the
 * facilitator reveals them.
 */
export function RoundResults() {
  const workshop = useAppStore((state) => state.workshop);
  const readiness = workshop?.readiness;
  const sessionId = useCurrentStageSession()?.session.id;
  const liveRoundId = useAppStore((state) => {
    const round = selectOwnRound(state);
    return round?.status === 'open' ? round.roundId : null;
  });
  const revealVotingRound = useAppStore((state) => state.revealVotingRound);
  const tallies = useMemo(() => (readiness === undefined ? [] : tallyRounds(readiness)), [readiness]);
  const finished = tallies.filter(
    ({ round }) =>
      round.id !== liveRoundId &&
      round.closedAt !== null &&
      (workshop == null || sessionId === undefined || sessionOfRound(workshop, round) === sessionId),
  );
  if (finished.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="results-heading">
      <h3 id="results-heading">{text('stage.readiness.results')}</h3>
      {finished.map(({ round, counts }) => (
        <div key={round.id} className="round-result" data-round-id={round.id}>
          <h4>
            {text('stage.readiness.roundHeading', {
              number: round.number,
              mode: MODE_SHORT_LABELS[round.mode],
            })}
          </h4>
          {round.mode === 'hands' ? (
            <HandCountInputs roundId={round.id} questionIds={round.questionIds} />
          ) : null}
          {round.revealed ? (
            <div className="round-result__bars">
              {round.questionIds.map((id) => (
                <AnswerBars
                  key={id}
                  counts={counts[id]}
                  caption={text('voting.results.caption', {
                    question: questionLabel(id),
                    votes: text('count.votes', { count: counts[id].total }),
                  })}
                />
              ))}
              {round.askConfidence && readiness !== undefined ? (
                <RoundSpread readiness={readiness} roundId={round.id} />
              ) : null}
            </div>
          ) : (
            <>
              <p className="hint">
                {round.mode === 'hands'
                  ? text('voting.results.hidden')
                  : text('voting.results.hiddenVotesIn', {
                      votesIn: text('count.votesIn', {
                        count: round.questionIds.reduce((sum, id) => sum + counts[id].total, 0),
                      }),
                    })}
              </p>
              <button
                type="button"
                className="button"
                onClick={() => void revealVotingRound(round.id)}
                data-focus-place="reveal-round"
              >
                {text('stage.readiness.revealRound', { number: round.number })}
              </button>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
