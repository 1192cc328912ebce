import { useId } from 'react';
import {
  PILOT_CONDITIONS,
  type PilotConditionId,
  type VanishesAtScale,
} from '../../../../shared/workshop/retrospective';
import { conditionsLostSentence } from '../../../../shared/workshop/statements';
import { useAppStore } from '../../../app/store/store-context';
import { TextAreaField } from '../shared/fields';
import { StagePrompt } from '../shared/stage-prompt';
import { useEditWorkshop } from '../shared/use-workshop';
import '../stages.css';

/** What each pilot condition tends to turn into once the AI runs across the organisation. */
const AT_SCALE: Readonly<Record<PilotConditionId, string>> = {
  smallMotivatedTeam:
    'At scale: many teams, including people who were never asked and have other priorities.',
  curatedData: 'At scale: live data from many systems, with gaps, errors and nobody cleaning it by hand.',
  forgivingTimeline: 'At scale: deadlines, service levels and little patience for mistakes.',
  closeSponsor: 'At scale: the sponsor moves on to the next thing and attention fades.',
};

const ANSWER_LABELS: readonly { value: VanishesAtScale; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not sure yet' },
];

/** Pilot retrospective: what the pilot proved and which of its conditions will not hold at scale. */
export function RetrospectiveStageEditor() {
  const headingId = useId();
  const whatItProved = useAppStore((state) => state.workshop?.retrospective.whatItProved ?? '');
  // The same sentence as "What will not hold at scale" in the Word plan.
  const lostSentence = useAppStore((state) =>
    state.workshop === null ? null : conditionsLostSentence(state.workshop.retrospective),
  );
  const editWorkshop = useEditWorkshop();

  return (
    <div className="stage-editor">
      <StagePrompt>
        Ask the group what the pilot really proved, in plain words and with numbers where there are some. Then
        go through the four comfortable conditions every pilot enjoys, and decide together which of them will
        disappear once the AI runs for the whole organisation.
      </StagePrompt>

      <section className="panel stage-section">
        <TextAreaField
          label="What did the pilot prove?"
          rows={4}
          value={whatItProved}
          hint="Stick to what was shown, not what was hoped: for example “cut the time to check a claim from 40 to 12 minutes on 300 cases”."
          onValueChange={(value) =>
            editWorkshop((draft) => {
              draft.retrospective.whatItProved = value;
            })
          }
        />
      </section>

      <section className="panel stage-section" aria-labelledby={headingId}>
        <h3 id={headingId}>Conditions that may vanish at scale</h3>
        {lostSentence === null ? (
          <p className="hint">None marked as vanishing yet.</p>
        ) : (
          <>
            <p className="hint">{lostSentence}</p>
            <p className="hint">Each one is a risk the later stages must answer.</p>
          </>
        )}
        <div className="stage-card-list">
          {PILOT_CONDITIONS.map((condition) => (
            <PilotCondition key={condition.id} id={condition.id} label={condition.label} />
          ))}
        </div>
      </section>
    </div>
  );
}

function PilotCondition({ id, label }: { id: PilotConditionId; label: string }) {
  const groupId = useId();
  const assessment = useAppStore((state) => state.workshop?.retrospective.conditions[id]);
  const editWorkshop = useEditWorkshop();
  if (assessment === undefined) return null;

  return (
    <fieldset className="stage-card">
      <legend className="stage-card__title">{label}</legend>
      <p className="hint">{AT_SCALE[id]}</p>
      <fieldset className="stage-choice">
        <legend>Does it vanish at scale?</legend>
        <div className="stage-choice__options">
          {ANSWER_LABELS.map((answer) => (
            <label key={answer.value} className="stage-choice__option">
              <input
                type="radio"
                name={groupId}
                value={answer.value}
                checked={assessment.vanishesAtScale === answer.value}
                onChange={() =>
                  editWorkshop((draft) => {
                    draft.retrospective.conditions[id].vanishesAtScale = answer.value;
                  })
                }
              />
              {answer.label}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label={
          <>
            Notes <span className="visually-hidden">on “{label}”</span>
          </>
        }
        rows={2}
        value={assessment.notes}
        problem={
          assessment.vanishesAtScale !== 'no' &&
          assessment.vanishesAtScale !== 'unknown' &&
          assessment.notes.trim() === ''
            ? 'Note what will replace it at scale, or what the group will do about it.'
            : null
        }
        onValueChange={(notes) =>
          editWorkshop((draft) => {
            draft.retrospective.conditions[id].notes = notes;
          })
        }
      />
    </fieldset>
  );
}
