import { useId } from 'react';
import { text } from '../../../../shared/text';
import {
  ANSWERS,
  READINESS_QUESTIONS,
  type Answer,
  type QuestionId,
} from '../../../../shared/workshop/readiness';
import { ANSWER_LABELS } from '../../../app/components/answer-bars';
import { useAppStore } from '../../../app/store/store-context';
import { TextAreaField } from '../shared/fields';

/** The group's final answer to each question, with why. */
export function FinalAnswers() {
  const finalAnswers = useAppStore((state) => state.workshop?.readiness.finalAnswers);
  const editWorkshop = useAppStore((state) => state.editWorkshop);
  const baseId = useId();
  if (finalAnswers === undefined) return null;
  const setAnswer = (id: QuestionId, change: { answer?: Answer | null; rationale?: string }) =>
    editWorkshop((draft) => {
      Object.assign(draft.readiness.finalAnswers[id], change);
    });
  return (
    <section className="panel" aria-labelledby="final-heading">
      <h3 id="final-heading">{text('stage.readiness.theGroupsFinal')}</h3>
      <p className="hint">{text('stage.readiness.recordWhatThe')}</p>
      {READINESS_QUESTIONS.map((question) => (
        <div key={question.id} className="final-answer">
          <fieldset>
            <legend>
              <strong>{question.label}:</strong> {question.text}
            </legend>
            <div className="final-answer__choices">
              {ANSWERS.map((answer) => (
                <label key={answer} className="checkbox-field">
                  <input
                    type="radio"
                    name={`${baseId}-${question.id}`}
                    checked={finalAnswers[question.id].answer === answer}
                    onChange={() => setAnswer(question.id, { answer })}
                  />
                  {ANSWER_LABELS[answer]}
                </label>
              ))}
            </div>
          </fieldset>
          <TextAreaField
            label={text('stage.readiness.whyQuestion', { question: question.label })}
            rows={2}
            value={finalAnswers[question.id].rationale}
            onValueChange={(rationale) => setAnswer(question.id, { rationale })}
          />
        </div>
      ))}
    </section>
  );
}
