import { useId, useState } from 'react';
import { text } from '../../../../shared/text';
import {
  QUESTION_IDS,
  READINESS_QUESTIONS,
  VOTING_MODES,
  type QuestionId,
  type VotingMode,
} from '../../../../shared/workshop/readiness';
import { useAppStore } from '../../../app/store/store-context';
import { selectOwnRoom } from '../../../app/store/voting-slice';
import { choicesOf, SelectField } from '../shared/fields';
import { MODE_LABELS } from './readiness-labels';

const MODE_CHOICES = choicesOf(VOTING_MODES, (mode) => MODE_LABELS[mode]);

/** The form that opens the next round: which questions, how the room votes, and a countdown. */
export function OpenRoundForm() {
  const durationId = useId();
  const roomOpen = useAppStore((state) => selectOwnRoom(state) !== null);
  const nextNumber = useAppStore(
    (state) =>
      (state.workshop?.readiness.rounds.reduce((highest, round) => Math.max(highest, round.number), 0) ?? 0) +
      1,
  );
  const openVotingRound = useAppStore((state) => state.openVotingRound);
  const [questions, setQuestions] = useState<readonly QuestionId[]>(QUESTION_IDS);
  const [mode, setMode] = useState<VotingMode>('phones');
  const [minutes, setMinutes] = useState('');
  const [askConfidence, setAskConfidence] = useState(false);
  const needsRoom = mode === 'phones' && !roomOpen;
  return (
    <form
      className="panel"
      aria-labelledby="round-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const duration = minutes.trim() === '' ? null : Math.round(Number(minutes) * 60);
        void openVotingRound(
          questions,
          mode,
          duration !== null && duration >= 10 ? duration : null,
          mode === 'phones' && askConfidence,
        );
      }}
    >
      <h3 id="round-heading">{text('voting.round.heading', { number: String(nextNumber) })}</h3>
      <fieldset className="question-picker">
        <legend>{text('voting.round.questions')}</legend>
        {READINESS_QUESTIONS.map((question) => (
          <label key={question.id} className="checkbox-field">
            <input
              type="checkbox"
              checked={questions.includes(question.id)}
              onChange={(event) =>
                setQuestions(
                  event.target.checked
                    ? QUESTION_IDS.filter((id) => id === question.id || questions.includes(id))
                    : questions.filter((id) => id !== question.id),
                )
              }
            />
            <span>
              <strong>{question.label}:</strong> {question.text}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <SelectField
          label={text('voting.round.how')}
          value={mode}
          choices={MODE_CHOICES}
          onValueChange={setMode}
        />
        {mode === 'hands' ? null : (
          <div className="field">
            <label htmlFor={durationId}>{text('voting.round.countdown')}</label>
            <input
              id={durationId}
              type="number"
              min={1}
              max={60}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
            />
          </div>
        )}
      </div>
      {mode === 'phones' ? (
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={askConfidence}
            onChange={(event) => setAskConfidence(event.target.checked)}
          />
          <span>{text('roomActivity.askConfidence')}</span>
        </label>
      ) : null}
      {needsRoom ? <p className="hint">{text('voting.round.needsRoom')}</p> : null}
      <button type="submit" className="button" disabled={questions.length === 0 || needsRoom}>
        {text('voting.round.open', { number: String(nextNumber) })}
      </button>
    </form>
  );
}
