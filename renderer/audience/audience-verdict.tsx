import type { PresentedVerdict } from '../../shared/host-api/presentation-contract';
import { READINESS_QUESTIONS, type QuestionId } from '../../shared/workshop/readiness';
import { text } from '../../shared/text';
import { ANSWER_LABELS } from '../../shared/text/answers';

/** Each gap in plain words, as the room hears it: what is missing before scaling. */
const GAP_WORDS: Readonly<Record<QuestionId, string>> = {
  ownership: text('audience.verdict.gap.ownership'),
  data: text('audience.verdict.gap.data'),
  buyIn: text('audience.verdict.gap.buyIn'),
  metrics: text('audience.verdict.gap.metrics'),
};

const COUNT_WORDS = [
  text('audience.verdict.none'),
  text('audience.verdict.one'),
  text('audience.verdict.two'),
  text('audience.verdict.three'),
  text('audience.verdict.allFour'),
] as const;

function labelOf(id: QuestionId): string {
  return READINESS_QUESTIONS.find((question) => question.id === id)?.label ?? id;
}

/** The verdict of the Scaling Readiness Test, in large type for the whole room. */
export function VerdictView({ verdict }: { verdict: PresentedVerdict }) {
  const ready = verdict.kind === 'ready';
  const count = COUNT_WORDS[verdict.gaps.length] ?? String(verdict.gaps.length);
  return (
    <section
      className={`audience-verdict audience-verdict--${verdict.kind}`}
      aria-labelledby="audience-verdict-heading"
    >
      <p className="audience-verdict__kicker">{text('audience.verdict.kicker')}</p>
      <h1 id="audience-verdict-heading" className="audience-verdict__headline">
        <span className="audience-verdict__symbol" aria-hidden="true">
          {ready ? '✓' : '!'}
        </span>
        {text(ready ? 'choice.verdict.ready' : 'choice.verdict.not-ready')}
      </h1>
      {ready ? (
        <p className="audience-verdict__summary">{text('audience.verdict.allYes')}</p>
      ) : (
        <>
          <p className="audience-verdict__summary">
            {text('audience.verdict.gaps', { count: verdict.gaps.length, words: count })}
          </p>
          <ul className="audience-verdict__gaps">
            {verdict.gaps.map((gap) => (
              <li key={gap.questionId}>
                <strong className="audience-verdict__gap-label">
                  {labelOf(gap.questionId)}
                  <span className="audience-verdict__answer">{ANSWER_LABELS[gap.answer]}</span>
                </strong>
                <span>{GAP_WORDS[gap.questionId]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
