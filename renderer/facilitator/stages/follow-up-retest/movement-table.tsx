import { choiceLabels, text, type MessageId } from '../../../../shared/text';
import { READINESS_QUESTIONS, type Answer } from '../../../../shared/workshop/readiness';
import type { Session } from '../../../../shared/workshop/session-schema';
import {
  questionMovements,
  sessionVerdict,
  workshopSessions,
  type AnswerChange,
} from '../../../../shared/workshop/sessions';
import { ANSWER_LABELS } from '../../../app/components/answer-bars';
import { useAppStore } from '../../../app/store/store-context';
import { sessionName } from '../../follow-up/session-switcher';

const VERDICT_LABELS = choiceLabels('verdict', ['ready', 'not-ready', 'incomplete'] as const);

const CHANGE_WORDS: Readonly<Record<AnswerChange, MessageId>> = {
  better: 'followUp.retest.change.better',
  worse: 'followUp.retest.change.worse',
  same: 'followUp.retest.change.same',
  unknown: 'followUp.retest.change.unknown',
};

function answerWords(answer: Answer | null): string {
  return answer === null ? text('followUp.retest.notYet') : ANSWER_LABELS[answer];
}

/**
 * Per question, the answer in every session up to this one and how it moved since each
 * earlier session ("No → Partly"), then the verdict then and now: all in words, never colour alone.
 */
export function MovementTable({ session }: { readonly session: Session }) {
  const workshop = useAppStore((state) => state.workshop);
  if (workshop === null) return null;
  const movements = questionMovements(workshop, session.id);
  const sessions = workshopSessions(workshop);
  const upTo = sessions.slice(0, sessions.findIndex((candidate) => candidate.id === session.id) + 1);
  return (
    <section className="panel" aria-labelledby="movement-heading">
      <h3 id="movement-heading">{text('followUp.retest.movement')}</h3>
      <table className="stage-table movement-table">
        <caption className="visually-hidden">{text('followUp.retest.movementCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{text('followUp.retest.question')}</th>
            {upTo.map((held) => (
              <th key={held.id} scope="col">
                {held.id === session.id ? text('followUp.retest.now') : sessionName(held)}
              </th>
            ))}
            <th scope="col">{text('followUp.retest.movement')}</th>
          </tr>
        </thead>
        <tbody>
          {movements.map((movement) => {
            const question = READINESS_QUESTIONS.find((candidate) => candidate.id === movement.questionId);
            return (
              <tr key={movement.questionId} data-question={movement.questionId}>
                <th scope="row">{question?.label ?? movement.questionId}</th>
                {movement.earlier.map((earlier) => (
                  <td key={earlier.session.id}>{answerWords(earlier.answer)}</td>
                ))}
                <td>{answerWords(movement.now)}</td>
                <td>
                  {movement.earlier.map((earlier) => (
                    <p key={earlier.session.id} className="movement-table__line">
                      {text('followUp.retest.movedSince', {
                        then: answerWords(earlier.answer),
                        now: answerWords(movement.now),
                        session: sessionName(earlier.session),
                        change: text(CHANGE_WORDS[earlier.change]),
                      })}
                    </p>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h4>{text('followUp.retest.verdicts')}</h4>
      <ul className="movement-table__verdicts">
        {upTo.map((held) => {
          const verdict = sessionVerdict(workshop, held.id);
          return (
            <li key={held.id}>
              {text('followUp.retest.verdictIn', {
                session: sessionName(held),
                verdict: VERDICT_LABELS[verdict.kind],
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
