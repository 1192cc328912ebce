import { text } from '../../../shared/text';
import { ANSWER_LABELS } from '../../../shared/text/answers';
import type { Answer } from '../../../shared/workshop/readiness';

export { ANSWER_LABELS };

/**
 * One question's distribution as horizontal bars, each with its label and number written
 * out (never colour alone), readable from the back of the room at large sizes.
 */
export function AnswerBars({
  counts,
  caption,
}: {
  counts: Readonly<Record<Answer, number>>;
  caption: string;
}) {
  const total = counts.yes + counts.partly + counts.no;
  return (
    <figure className="answer-bars">
      <figcaption>{caption}</figcaption>
      {(['yes', 'partly', 'no'] as const).map((answer) => {
        const share = total === 0 ? 0 : counts[answer] / total;
        return (
          <div key={answer} className={`answer-bars__row answer-bars__row--${answer}`}>
            <span className="answer-bars__label">{ANSWER_LABELS[answer]}</span>
            <span className="answer-bars__track" aria-hidden="true">
              <span className="answer-bars__fill" style={{ width: `${Math.round(share * 100)}%` }} />
            </span>
            <span className="answer-bars__value">
              {counts[answer]}
              <span className="visually-hidden">{text('answers.ofTotal', { total })}</span>
            </span>
          </div>
        );
      })}
    </figure>
  );
}
