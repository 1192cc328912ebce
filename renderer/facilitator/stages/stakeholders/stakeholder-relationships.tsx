import { useId, useState } from 'react';
import { RELATIONSHIP_LABELS } from '../../../../shared/canvases/labels';
import { text } from '../../../../shared/text';
import type { RelationshipType } from '../../../../shared/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { SelectField } from '../shared/fields';
import { NO_ITEMS, findById, useEditWorkshop } from '../shared/use-workshop';
import { RELATIONSHIP_CHOICES } from './stakeholder-choices';
import { connectStakeholders, removeRelationships } from './stakeholder-edits';
import { displayName } from './stakeholder-names';
import { QuietButton } from '../../../app/components/quiet-button';

/** The lines from and to one stakeholder, with a keyboard way to draw a new one. */
export function StakeholderRelationships({ id, name }: { readonly id: string; readonly name: string }) {
  const relationships = useAppStore((state) => state.workshop?.relationships ?? NO_ITEMS);
  const stakeholders = useAppStore((state) => state.workshop?.stakeholders ?? NO_ITEMS);
  const editWorkshop = useEditWorkshop();
  const [type, setType] = useState<RelationshipType>('reportsTo');
  const others = stakeholders.filter((stakeholder) => stakeholder.id !== id);
  const [target, setTarget] = useState('');
  const chosenTarget = others.some((other) => other.id === target) ? target : (others[0]?.id ?? '');
  const mine = relationships.filter((line) => line.from === id || line.to === id);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="canvas-record__lines">
      <h4 id={headingId}>{text('stage.stakeholders.connections')}</h4>
      {mine.length === 0 ? (
        <p className="hint">{text('stage.stakeholders.noConnectionsYet')}</p>
      ) : (
        <ul className="canvas-record__list">
          {mine.map((line) => {
            const sentence =
              line.from === id
                ? `${name} ${RELATIONSHIP_LABELS[line.type]} ${displayName(findById(stakeholders, line.to))}`
                : `${displayName(findById(stakeholders, line.from))} ${RELATIONSHIP_LABELS[line.type]} ${name}`;
            return (
              <li key={line.id}>
                <span>{sentence}</span>
                <QuietButton
                  small
                  onClick={() => editWorkshop((draft) => removeRelationships(draft, new Set([line.id])))}
                >
                  {text('stage.stakeholders.remove')}
                  <span className="visually-hidden">: {sentence}</span>
                </QuietButton>
              </li>
            );
          })}
        </ul>
      )}
      {others.length === 0 ? null : (
        <form
          className="canvas-record__connect"
          onSubmit={(event) => {
            event.preventDefault();
            editWorkshop((draft) => {
              connectStakeholders(draft, id, chosenTarget, type);
            });
          }}
        >
          <SelectField
            label={`${name}…`}
            value={type}
            choices={RELATIONSHIP_CHOICES}
            onValueChange={setType}
          />
          <SelectField
            label={text('stage.stakeholders.whom')}
            value={chosenTarget}
            choices={others.map((other) => ({ value: other.id as string, label: displayName(other) }))}
            onValueChange={setTarget}
          />
          <button type="submit" className="button">
            {text('stage.stakeholders.connect')}
          </button>
        </form>
      )}
    </section>
  );
}
