import type { Draft } from 'immer';
import { text } from '../../../../shared/text';
import type { Workshop } from '../../../../shared/workshop';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../shared/fields';
import { editStakeholderDetails, type PersonDetails } from '../shared/people-edits';
import { CanvasRecord, type RecordPanelProps } from '../shared/canvas-record';
import { bindFields, useRecord } from '../shared/use-record';
import { useEditWorkshop } from '../shared/use-workshop';
import { SameParticipant } from './same-participant';
import { KIND_CHOICES, SCORE_CHOICES, STANCE_CHOICES, type Score } from './stakeholder-choices';
import { removeStakeholders } from './stakeholder-edits';
import { StakeholderRelationships } from './stakeholder-relationships';
import { displayName } from './stakeholder-names';
import { FromTheRoomMark } from '../../room-activity/from-the-room-mark';

export { displayName } from './stakeholder-names';
export { RelationshipRecord } from './relationship-record';

const selectStakeholders = (workshop: Draft<Workshop>) => workshop.stakeholders;

/** The full record of one stakeholder, edited in the side panel next to the canvas. */
export function StakeholderRecord({ id, onRemoved }: RecordPanelProps) {
  const { item: stakeholder, edit, bind, bindCheck } = useRecord(selectStakeholders, id);
  const editWorkshop = useEditWorkshop();
  // Name, role and team change the participant too when they are the same person.
  const person = bindFields<Required<PersonDetails>>(stakeholder, (key, value) =>
    editWorkshop((draft) => editStakeholderDetails(draft, id, { [key]: value })),
  );
  if (stakeholder === undefined) return null;
  const name = displayName(stakeholder);
  /** A 1 to 5 score, chosen as words and kept as a number. */
  const score = (key: 'impact' | 'influence') => ({
    value: String(stakeholder[key]) as Score,
    onValueChange: (value: Score) => edit((item) => void (item[key] = Number(value))),
  });
  return (
    <CanvasRecord
      id={id}
      heading={name}
      removeLabel={text('stage.stakeholders.removeNameFromMap', { name })}
      remove={removeStakeholders}
      onRemoved={onRemoved}
    >
      <SameParticipant stakeholder={stakeholder} />
      <TextField label={text('stage.stakeholders.name')} className="first-field" {...person.bind('name')} />
      <TextField label={text('stage.stakeholders.role')} {...person.bind('role')} />
      <TextField label={text('stage.stakeholders.team')} {...person.bind('team')} />
      <SelectField label={text('stage.stakeholders.whereTheySit')} choices={KIND_CHOICES} {...bind('kind')} />
      <SelectField
        label={text('stage.stakeholders.stanceOnScaling')}
        choices={STANCE_CHOICES}
        {...bind('stance')}
      />
      <div className="canvas-record__pair">
        <SelectField
          label={text('stage.stakeholders.impactOnTheir')}
          choices={SCORE_CHOICES}
          {...score('impact')}
        />
        <SelectField
          label={text('stage.stakeholders.influence')}
          choices={SCORE_CHOICES}
          {...score('influence')}
        />
      </div>
      <CheckboxField label={text('stage.stakeholders.coDesignerHelps')} {...bindCheck('isCoDesigner')} />
      <FromTheRoomMark recordId={id} kind="stakeholder-concern" />
      <TextAreaField label={text('stage.stakeholders.concerns')} rows={2} {...bind('concerns')} />
      <TextAreaField
        label={text('stage.stakeholders.howTheyMight')}
        rows={2}
        {...bind('likelyWorkarounds')}
      />
      <StakeholderRelationships id={id} name={name} />
    </CanvasRecord>
  );
}
