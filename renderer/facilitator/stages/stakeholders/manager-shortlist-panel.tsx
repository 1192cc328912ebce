import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  CO_DESIGNER_RANGE,
  rankManagers,
  shortlistWarnings,
} from '../../../../shared/canvases/manager-shortlist';
import { useAppStore } from '../../../app/store/store-context';
import { StanceBadge } from '../../../canvases/cards';
import { StageWarning } from '../shared/stage-prompt';
import { changeById, NO_ITEMS, useEditWorkshop } from '../shared/use-workshop';
import { StageTable, type StageTableColumn } from '../shared/stage-table';
import { displayName } from './stakeholder-names';
import { text } from '../../../../shared/text';
import { StageSection } from '../shared/stage-section';

const SHORTLIST_COLUMNS: readonly StageTableColumn[] = [
  { label: text('stage.stakeholders.rank') },
  { label: text('stage.stakeholders.manager') },
  { label: text('stage.stakeholders.impact') },
  { label: text('stage.stakeholders.influence') },
  { label: text('stage.stakeholders.stance') },
  { label: text('stage.stakeholders.coDesigner') },
];

/**
 * The most affected middle managers, most affected first, and who of them co-designs the
 * change. Warns while fewer than 5 or more than 10 are marked, and names every high-impact
 * manager left out.
 */
export function ManagerShortlistPanel({ onShow }: { readonly onShow: (id: string) => void }) {
  const warningId = useId();
  // Only the fields the shortlist shows: editing a concern elsewhere does not redraw it.
  const people = useAppStore(
    useShallow((state) => (state.workshop === null ? NO_ITEMS : rankManagers(state.workshop.stakeholders))),
  );
  const editWorkshop = useEditWorkshop();
  const warnings = shortlistWarnings(people);
  const marked = people.filter((person) => person.isCoDesigner).length;
  return (
    <StageSection heading={text('stage.stakeholders.mostAffectedManagers')}>
      <p className="hint">
        {text('stage.stakeholders.markCoDesigners', {
          minimum: CO_DESIGNER_RANGE.minimum,
          maximum: CO_DESIGNER_RANGE.maximum,
          marked,
        })}
      </p>
      <StageWarning id={warningId}>
        {warnings.length === 0 ? null : (
          <>
            {warnings.length === 1 ? warnings[0]?.message : text('stage.stakeholders.pleaseLookAt')}
            {warnings.length > 1 ? (
              <ul className="canvas-warnings">
                {warnings.map((warning) => (
                  <li key={`${warning.kind}-${warning.stakeholderId ?? ''}`}>{warning.message}</li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </StageWarning>
      {people.length === 0 ? (
        <p className="hint">{text('stage.stakeholders.setWhereThey')}</p>
      ) : (
        <StageTable caption={text('stage.stakeholders.middleManagersMost')} columns={SHORTLIST_COLUMNS}>
          <tbody>
            {people.map((person, index) => {
              const name = displayName(person);
              return (
                <tr key={person.id}>
                  <td>{index + 1}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onShow(person.id)}>
                      {name}
                    </button>
                    <div className="hint">
                      {[person.role, person.team].filter((part) => part.trim() !== '').join(' · ')}
                    </div>
                  </td>
                  <td>{text('stage.stakeholders.scoreOfFive', { score: person.impact })}</td>
                  <td>{text('stage.stakeholders.scoreOfFive', { score: person.influence })}</td>
                  <td>
                    <StanceBadge stance={person.stance} />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={text('stage.stakeholders.nameCoDesigns', { name })}
                      aria-describedby={warningId}
                      checked={person.isCoDesigner}
                      onChange={(event) => {
                        const checked = event.target.checked;
                        editWorkshop((draft) =>
                          changeById(draft.stakeholders, person.id, (target) => {
                            target.isCoDesigner = checked;
                          }),
                        );
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </StageTable>
      )}
    </StageSection>
  );
}
