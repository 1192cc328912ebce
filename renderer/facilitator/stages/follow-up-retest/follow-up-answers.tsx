import { text } from '../../../../shared/text';
import { ANSWERS, READINESS_QUESTIONS, type Answer } from '../../../../shared/workshop/readiness';
import type { Session } from '../../../../shared/workshop/session-schema';
import { sessionAnswers } from '../../../../shared/workshop/sessions';
import { ANSWER_LABELS } from '../../../app/components/answer-bars';
import { useAppStore } from '../../../app/store/store-context';
import { SelectField, type Choice } from '../shared/fields';

type Picked = Answer | 'vote';

/** The group's answer now to each question; until recorded, the majority of this session's last vote counts. */
export function FollowUpAnswers({ session }: { readonly session: Session }) {
  const workshop = useAppStore((state) => state.workshop);
  const setFollowUpAnswer = useAppStore((state) => state.setFollowUpAnswer);
  if (workshop === null) return null;
  const answers = sessionAnswers(workshop, session.id);
  return (
    <section className="panel" aria-labelledby="follow-up-answers-heading">
      <h3 id="follow-up-answers-heading">{text('followUp.retest.answers')}</h3>
      <p className="hint">{text('followUp.retest.answersHint')}</p>
      <div className="follow-up-answers">
        {READINESS_QUESTIONS.map((question) => {
          const recorded = session.finalAnswers[question.id].answer;
          const fromVote = answers[question.id].source === 'vote' ? answers[question.id].answer : null;
          const voteLabel =
            fromVote === null
              ? text('followUp.retest.notYet')
              : `${text('followUp.retest.fromVote')}: ${ANSWER_LABELS[fromVote]}`;
          const choices: readonly Choice<Picked>[] = [
            { value: 'vote', label: voteLabel },
            ...ANSWERS.map((answer) => ({ value: answer, label: ANSWER_LABELS[answer] })),
          ];
          return (
            <SelectField<Picked>
              key={question.id}
              label={text('followUp.retest.answerFor', { question: question.label })}
              hint={question.text}
              value={recorded ?? 'vote'}
              choices={choices}
              onValueChange={(picked) => setFollowUpAnswer(question.id, picked === 'vote' ? null : picked)}
            />
          );
        })}
      </div>
    </section>
  );
}
