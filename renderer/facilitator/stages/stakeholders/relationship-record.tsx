import type { Draft } from 'immer';
import { useId } from 'react';
import { RELATIONSHIP_LABELS } from '../../../../shared/canvases/labels';
import { text } from '../../../../shared/text';
import type { Workshop } from '../../../../shared/workshop';
import { SelectField, TextField } from '../shared/fields';
import { RemoveRecordButton } from '../shared/remove-record-button';
import { useRecord } from '../shared/use-record';
import { useEditWorkshop, useListItem } from '../shared/use-workshop';
import { RELATIONSHIP_CHOICES } from './stakeholder-choices';
import { removeRelationships } from './stakeholder-edits';
import { displayName } from './stakeholder-names';

const selectStakeholders = (workshop: Workshop) => workshop.stakeholders;
const selectRelationships = (workshop: Draft<Workshop>) => workshop.relationships;

/** One relationship, edited in the side panel when its line is selected. */
export function RelationshipRecord({
  id,
  onRemoved,
}: {
  readonly id: string;
  readonly onRemoved: () => void;
}) {
  const { item: relationship, edit, bind } = useRecord(selectRelationships, id);
  const from = useListItem(selectStakeholders, relationship?.from ?? '');
  const to = useListItem(selectStakeholders, relationship?.to ?? '');
  const editWorkshop = useEditWorkshop();
  const headingId = useId();
  if (relationship === undefined) return null;
  return (
    <section className="canvas-record" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {displayName(from)} {RELATIONSHIP_LABELS[relationship.type]} {displayName(to)}
      </h3>
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
      <div className="stage-toolbar">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            edit((line) => {
              const { from: oldFrom, to: oldTo } = line;
              line.from = oldTo;
              line.to = oldFrom;
            });
          }}
        >
          {text('stage.stakeholders.reverseDirection')}
        </button>
        <RemoveRecordButton
          onRemove={() => editWorkshop((draft) => removeRelationships(draft, new Set([id])))}
          onRemoved={onRemoved}
        >
          {text('stage.stakeholders.removeThisConnection')}
        </RemoveRecordButton>
      </div>
    </section>
  );
}
