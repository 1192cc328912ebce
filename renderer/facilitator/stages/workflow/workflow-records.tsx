import type { Draft } from 'immer';
import { useState } from 'react';
import { WORKFLOW_CHANGE_STATUS_LABELS, WORKFLOW_LANE_LABELS } from '../../../../shared/canvases/labels';
import {
  WORKFLOW_CHANGE_STATUSES,
  WORKFLOW_LANES,
  type WorkflowStep,
  type Workshop,
} from '../../../../shared/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { choicesOf, SelectField, TextAreaField, TextField, type Choice } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { CanvasRecord, type RecordPanelProps } from '../shared/canvas-record';
import { useRecord } from '../shared/use-record';
import { NO_ITEMS, findById, useEditWorkshop } from '../shared/use-workshop';
import { displayName } from '../stakeholders/stakeholder-names';
import { linkSteps, placeSteps, removeChanges, removeSteps } from './workflow-edits';
import { text } from '../../../../shared/text';
import { FromTheRoomMark } from '../../room-activity/from-the-room-mark';

const selectDraftSteps = (draft: Draft<Workshop>) => draft.workflow.steps;
const selectDraftChanges = (draft: Draft<Workshop>) => draft.workflow.changes;
const NOBODY = 'nobody';

const LANE_CHOICES = choicesOf(WORKFLOW_LANES, (value) => WORKFLOW_LANE_LABELS[value]);
const STATUS_CHOICES = choicesOf(WORKFLOW_CHANGE_STATUSES, (value) => WORKFLOW_CHANGE_STATUS_LABELS[value]);

/** A name for a step, even before anyone typed a title. */
export function stepName(step: Pick<WorkflowStep, 'title'> | undefined): string {
  if (step === undefined) return text('stage.workflow.aStepNo');
  return step.title.trim() || text('stage.workflow.untitledStep');
}

/** One step, edited in the side panel when its card is selected. */
export function StepRecord({ id, onRemoved }: RecordPanelProps) {
  const { item: step, bind } = useRecord(selectDraftSteps, id);
  const steps = useAppStore((state) => state.workshop?.workflow.steps ?? NO_ITEMS);
  const editWorkshop = useEditWorkshop();
  const [target, setTarget] = useState('');
  if (step === undefined) return null;
  const name = stepName(step);
  const futureSteps = steps.filter((candidate) => candidate.lane === 'future');
  const chosenTarget = futureSteps.some((candidate) => candidate.id === target)
    ? target
    : (futureSteps[0]?.id ?? '');
  return (
    <CanvasRecord
      id={id}
      heading={name}
      removeLabel={text('stage.workflow.removeThisStep')}
      remove={removeSteps}
      onRemoved={onRemoved}
    >
      <TextField label={text('stage.workflow.step')} {...bind('title')} />
      <TextField label={text('stage.workflow.team')} {...bind('team')} />
      <OwnerPicker label={text('stage.workflow.owner')} {...bind('owner')} />
      <SelectField
        label={text('stage.workflow.lane')}
        value={step.lane}
        choices={LANE_CHOICES}
        onValueChange={(lane) =>
          editWorkshop((draft) => {
            const position = draft.layout.workflow.positions[id];
            const x = position?.x ?? 40;
            placeSteps(draft, new Map([[id, { x, y: lane === 'current' ? 70 : 390 }]]));
          })
        }
      />
      {step.lane === 'current' && futureSteps.length > 0 ? (
        <form
          className="canvas-record__connect"
          onSubmit={(event) => {
            event.preventDefault();
            editWorkshop((draft) => {
              linkSteps(draft, id, chosenTarget);
            });
          }}
        >
          <SelectField
            label={text('stage.workflow.withTheAi')}
            value={chosenTarget}
            choices={futureSteps.map((candidate) => ({
              value: candidate.id as string,
              label: stepName(candidate),
            }))}
            onValueChange={setTarget}
          />
          <button type="submit" className="button">
            {text('stage.workflow.linkAsA')}
          </button>
        </form>
      ) : null}
    </CanvasRecord>
  );
}

/** One change from a step of today to a step with the AI, with who helps design it. */
export function ChangeRecord({ id, onRemoved }: RecordPanelProps) {
  const { item: change, edit, bind } = useRecord(selectDraftChanges, id);
  const steps = useAppStore((state) => state.workshop?.workflow.steps ?? NO_ITEMS);
  const stakeholders = useAppStore((state) => state.workshop?.stakeholders ?? NO_ITEMS);
  if (change === undefined) return null;
  // Co-designers first: they are who the method asks to design each change.
  const people = [...stakeholders].sort(
    (left, right) =>
      Number(right.isCoDesigner) - Number(left.isCoDesigner) ||
      displayName(left).localeCompare(displayName(right)),
  );
  const coDesignerChoices: Choice<string>[] = [
    { value: NOBODY, label: text('stage.workflow.nobodyYet') },
    ...people.map((person) => ({
      value: person.id as string,
      label: `${displayName(person)}${person.role.trim() === '' ? '' : `, ${person.role.trim()}`}${person.isCoDesigner ? text('stage.workflow.coDesigner') : ''}`,
    })),
  ];
  const title = `${stepName(findById(steps, change.fromStepId ?? ''))} → ${stepName(findById(steps, change.toStepId ?? ''))}`;
  return (
    <CanvasRecord
      id={id}
      heading={title}
      removeLabel={text('stage.workflow.removeThisChange')}
      remove={removeChanges}
      onRemoved={onRemoved}
    >
      <FromTheRoomMark recordId={id} kind="workflow-change" />
      <TextAreaField label={text('stage.workflow.whatChanges')} rows={2} {...bind('description')} />
      <TextField label={text('stage.workflow.affectedTeam')} {...bind('affectedTeam')} />
      <SelectField
        label={text('stage.workflow.managerWhoCo')}
        value={change.coDesignerStakeholderId ?? NOBODY}
        choices={coDesignerChoices}
        hint={stakeholders.length === 0 ? text('stage.workflow.addTheAffected') : undefined}
        onValueChange={(value) =>
          edit((item) => {
            const person = stakeholders.find((candidate) => candidate.id === value);
            item.coDesignerStakeholderId = person === undefined ? null : person.id;
          })
        }
      />
      <TextAreaField label={text('stage.workflow.theirConcern')} rows={2} {...bind('concern')} />
      <TextAreaField label={text('stage.workflow.howPeopleMight')} rows={2} {...bind('likelyWorkaround')} />
      <SelectField label={text('stage.workflow.status')} choices={STATUS_CHOICES} {...bind('status')} />
    </CanvasRecord>
  );
}
