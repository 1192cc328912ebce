import type { PresentedVerdict } from '../../shared/host-api/presentation-contract';
import { READINESS_QUESTIONS, type QuestionId } from '../../shared/workshop/readiness';

/** Each gap in plain words, as the room hears it: what is missing before scaling. */
const GAP_WORDS: Readonly<Record<QuestionId, string>> = {
  ownership: 'Nobody is yet answerable for the business results once it is live.',
  data: 'The data cannot yet keep it running at full volume without someone fixing it by hand.',
  buyIn: 'The managers whose teams will work differently have not yet helped design the new way of working.',
  metrics: 'There is no number yet, in revenue, cost or risk, that proves it works.',
};

const COUNT_WORDS = ['No', 'One', 'Two', 'Three', 'All four'] as const;

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
      <p className="audience-verdict__kicker">The verdict of the Scaling Readiness Test</p>
      <h1 id="audience-verdict-heading" className="audience-verdict__headline">
        <span className="audience-verdict__symbol" aria-hidden="true">
          {ready ? '✓' : '!'}
        </span>
        {ready ? 'Ready to scale' : 'Not ready yet'}
      </h1>
      {ready ? (
        <p className="audience-verdict__summary">
          The group answered yes to all four questions: ownership, data, buy-in and metrics.
        </p>
      ) : (
        <>
          <p className="audience-verdict__summary">
            {count} {verdict.gaps.length === 1 ? 'question is' : 'questions are'} short of a yes. Each needs
            actions before scaling:
          </p>
          <ul className="audience-verdict__gaps">
            {verdict.gaps.map((gap) => (
              <li key={gap.questionId}>
                <strong className="audience-verdict__gap-label">
                  {labelOf(gap.questionId)}
                  <span className="audience-verdict__answer">
                    {gap.answer === 'partly' ? 'Partly' : 'No'}
                  </span>
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
