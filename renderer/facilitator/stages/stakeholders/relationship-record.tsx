import type { Draft } from 'immer';
import { RELATIONSHIP_LABELS } from '../../../../shared/canvases/labels';
import { text } from '../../../../shared/text';
import type { Workshop } from '../../../../shared/workshop';
import { SelectField, TextField } from '../shared/fields';
import { CanvasRecord, type RecordPanelProps } from '../shared/canvas-record';
import { useRecord } from '../shared/use-record';
import { useListItem } from '../shared/use-workshop';
import { RELATIONSHIP_CHOICES } from './stakeholder-choices';
import { removeRelationships } from './stakeholder-edits';
import { displayName } from './stakeholder-names';
import { QuietButton } from '../../../app/components/quiet-button';

const selectStakeholders = (workshop: Workshop) => workshop.stakeholders;
const selectRelationships = (workshop: Draft<Workshop>) => workshop.relationships;

/** One relationship, edited in the side panel when its line is selected. */
export function RelationshipRecord({ id, onRemoved }: RecordPanelProps) {
  const { item: relationship, edit, bind } = useRecord(selectRelationships, id);
  const from = useListItem(selectStakeholders, relationship?.from ?? '');
  const to = useListItem(selectStakeholders, relationship?.to ?? '');
  if (relationship === undefined) return null;
  return (
    <CanvasRecord
      id={id}
      heading={`${displayName(from)} ${RELATIONSHIP_LABELS[relationship.type]} ${displayName(to)}`}
      removeLabel={text('stage.stakeholders.removeThisConnection')}
      remove={removeRelationships}
      onRemoved={onRemoved}
      tools={
        <QuietButton
          onClick={() => {
            edit((line) => {
              const { from: oldFrom, to: oldTo } = line;
              line.from = oldTo;
              line.to = oldFrom;
            });
          }}
        >
          {text('stage.stakeholders.reverseDirection')}
        </QuietButton>
      }
    >
      <SelectField
        label={text('stage.stakeholders.connection')}
        choices={RELATIONSHIP_CHOICES}
        {...bind('type')}
      />
      <TextField
        label={text('stage.stakeholders.labelOnThe')}
        placeholder={RELATIONSHIP_LABELS[relationship.type]}
        {...bind('label')}
      />
    </CanvasRecord>
  );
}
