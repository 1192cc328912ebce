import type { PresentedResults, PresentedSpread } from '../../shared/host-api/presentation-contract';
import { ANSWERS, READINESS_QUESTIONS, type Answer, type QuestionId } from '../../shared/workshop/readiness';
import { ANSWER_LABELS } from '../app/components/answer-bars';
import { text } from '../../shared/text';
import { describeSpread } from './describe-spread';

type RoundResults = PresentedResults[number];
type Counts = Readonly<Record<Answer, number>> & { readonly spread?: PresentedSpread };

function countsOf(round: RoundResults, questionId: QuestionId): Counts | undefined {
  return round.counts.find((item) => item.questionId === questionId);
}

/** "· Room split · How sure: 3.4 of 5" beside a round's name, when the round asked how sure. */
function Spread({ spread }: { spread: PresentedSpread | undefined }) {
  if (spread === undefined) return null;
  return (
    <span className="audience-bars__spread"> · {describeSpread(spread.level, spread.averageConfidence)}</span>
  );
}

function share(counts: Counts, answer: Answer): number {
  const total = counts.yes + counts.partly + counts.no;
  return total === 0 ? 0 : counts[answer] / total;
}

/** "+3", "−2" or "=" beside a count, with the words for screen readers. */
function Change({ now, before, previousRound }: { now: number; before: number; previousRound: number }) {
  const difference = now - before;
  const symbol = difference > 0 ? `+${difference}` : difference < 0 ? `−${-difference}` : '±0';
  const words =
    difference === 0
      ? text('audience.results.same', { previousRound })
      : text(difference > 0 ? 'audience.results.more' : 'audience.results.fewer', {
          count: Math.abs(difference),
          previousRound,
        });
  const direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
  return (
    <span className={`audience-bars__change audience-bars__change--${direction}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

/**
 * One round's answers to one question as bars with their numbers written out (never colour
 * alone). Given the round before, each row also shows the change, and a tick on the bar marks
 * where the round before ended.
 */
function RoundBars({
  roundNumber,
  counts,
  previous,
}: {
  roundNumber: number;
  counts: Counts;
  previous: { roundNumber: number; counts: Counts } | undefined;
}) {
  const total = counts.yes + counts.partly + counts.no;
  return (
    <figure className={`audience-bars${previous === undefined ? '' : ' audience-bars--compared'}`}>
      <figcaption>
        {text('audience.results.round', { number: roundNumber })}
        <Spread spread={counts.spread} />
      </figcaption>
      {ANSWERS.map((answer) => (
        <div key={answer} className={`audience-bars__row audience-bars__row--${answer}`}>
          <span className="audience-bars__label">{ANSWER_LABELS[answer]}</span>
          <span className="audience-bars__track" aria-hidden="true">
            <span
              className="audience-bars__fill"
              style={{ width: `${Math.round(share(counts, answer) * 100)}%` }}
            />
            {previous === undefined ? null : (
              <span
                className="audience-bars__before"
                style={{ left: `${Math.round(share(previous.counts, answer) * 100)}%` }}
              />
            )}
          </span>
          <span className="audience-bars__value">
            {counts[answer]}
            <span className="visually-hidden">{text('answers.ofTotal', { total })}</span>
          </span>
          {previous === undefined ? null : (
            <Change
              now={counts[answer]}
              before={previous.counts[answer]}
              previousRound={previous.roundNumber}
            />
          )}
        </div>
      ))}
    </figure>
  );
}

/**
 * The revealed results: all four questions at once, the latest two rounds side by side, the
 * later one showing what changed. Earlier rounds stay in the facilitator's results.
 */
export function ResultsView({ results }: { results: PresentedResults }) {
  const rounds = [...results].sort((first, second) => first.roundNumber - second.roundNumber).slice(-2);
  const numbers = rounds.map((round) => round.roundNumber);
  return (
    <section className="audience-vote__results" aria-labelledby="audience-results-heading">
      <h1 id="audience-results-heading" className="audience-results__heading">
        {text('audience.results.heading', { rounds: numbers.join(text('audience.results.andRound')) })}
      </h1>
      <div className="audience-results__grid">
        {READINESS_QUESTIONS.map((question) => {
          const asked = rounds.flatMap((round) => {
            const counts = countsOf(round, question.id);
            return counts === undefined ? [] : [{ roundNumber: round.roundNumber, counts }];
          });
          return (
            <div key={question.id} className="audience-vote__result" data-question={question.id}>
              <h2>{question.label}</h2>
              {asked.length === 0 ? (
                <p className="audience-results__not-asked">
                  {text('audience.results.notAsked', { count: numbers.length })}
                </p>
              ) : (
                <div className="audience-vote__rounds">
                  {asked.map((round, index) => (
                    <RoundBars
                      key={round.roundNumber}
                      roundNumber={round.roundNumber}
                      counts={round.counts}
                      previous={index === 0 ? undefined : asked[index - 1]}
                    />
                  ))}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
