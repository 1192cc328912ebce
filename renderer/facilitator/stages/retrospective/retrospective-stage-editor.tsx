import type { Draft } from 'immer';
import { useId } from 'react';
import {
  PILOT_CONDITIONS,
  type PilotConditionId,
  type VanishesAtScale,
} from '../../../../shared/workshop/retrospective';
import { conditionsLostSentence } from '../../../../shared/workshop/statements';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { TextAreaField } from '../shared/fields';
import { StagePrompt } from '../shared/stage-prompt';
import { usePart } from '../shared/use-record';
import { useEditWorkshop } from '../shared/use-workshop';
import '../stages.css';
import { text } from '../../../../shared/text';
import { StageSection } from '../shared/stage-section';

/** What each pilot condition tends to turn into once the AI runs across the organisation. */
const AT_SCALE: Readonly<Record<PilotConditionId, string>> = {
  smallMotivatedTeam: text('stage.retrospective.atScaleMany'),
  curatedData: text('stage.retrospective.atScaleLive'),
  forgivingTimeline: text('stage.retrospective.atScaleDeadlines'),
  closeSponsor: text('stage.retrospective.atScaleThe'),
};

const ANSWER_LABELS: readonly { value: VanishesAtScale; label: string }[] = [
  { value: 'yes', label: text('stage.retrospective.yes') },
  { value: 'partly', label: text('stage.retrospective.partly') },
  { value: 'no', label: text('stage.retrospective.no') },
  { value: 'unknown', label: text('stage.retrospective.notSureYet') },
];

const selectRetrospective = (workshop: Draft<Workshop>) => workshop.retrospective;

/** Pilot retrospective: what the pilot proved and which of its conditions will not hold at scale. */
export function RetrospectiveStageEditor() {
  const { bind } = usePart(selectRetrospective);
  // The same sentence as "What will not hold at scale" in the Word plan.
  const lostSentence = useAppStore((state) =>
    state.workshop === null ? null : conditionsLostSentence(state.workshop.retrospective),
  );

  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.retrospective.askTheGroup')}</StagePrompt>

      <section className="panel stage-section">
        <TextAreaField
          label={text('stage.retrospective.whatDidThe')}
          rows={4}
          hint={text('stage.retrospective.stickToWhat')}
          {...bind('whatItProved')}
        />
      </section>

      <StageSection heading={text('stage.retrospective.conditionsThatMay')}>
        {lostSentence === null ? (
          <p className="hint">{text('stage.retrospective.noneMarkedAs')}</p>
        ) : (
          <>
            <p className="hint">{lostSentence}</p>
            <p className="hint">{text('stage.retrospective.eachOneIs')}</p>
          </>
        )}
        <div className="stage-card-list">
          {PILOT_CONDITIONS.map((condition) => (
            <PilotCondition key={condition.id} id={condition.id} label={condition.label} />
          ))}
        </div>
      </StageSection>
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
        <legend>{text('stage.retrospective.doesItVanish')}</legend>
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
            {text('stage.retrospective.notes')}{' '}
            <span className="visually-hidden">{text('stage.retrospective.onCondition', { label })}</span>
          </>
        }
        rows={2}
        value={assessment.notes}
        problem={
          assessment.vanishesAtScale !== 'no' &&
          assessment.vanishesAtScale !== 'unknown' &&
          assessment.notes.trim() === ''
            ? text('stage.retrospective.noteWhatWill')
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
