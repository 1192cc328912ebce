import { useId, useState } from 'react';
import { text } from '../../../../shared/text';
import type { Raci, RaciListRole } from '../../../../shared/workshop/action-links';
import { personKey, withoutPersonInRole, withPersonInRole } from '../../../../shared/workshop/raci';
import { personName, type PersonChoice } from './raci-people';
import { RaciPersonSelect } from './raci-person-select';
import { AddChipButton, RemovableChips } from './removable-chips';

const ROLE_LABELS = {
  responsible: () => text('stage.actions.raci.responsible'),
  consulted: () => text('stage.actions.raci.consulted'),
  informed: () => text('stage.actions.raci.informed'),
} as const satisfies Record<RaciListRole, () => string>;

/** The words for a RACI role that holds a list of people. */
export function raciRoleLabel(role: RaciListRole): string {
  return ROLE_LABELS[role]();
}

/**
 * The people in one RACI role of an action (Responsible, Consulted or Informed), each with
 * Remove, and a select that adds someone from the people list who is not in the role yet.
 */
export function RaciRoleList({
  actionId,
  actionName,
  role,
  raci,
  people,
  onChange,
}: {
  readonly actionId: string;
  readonly actionName: string;
  readonly role: RaciListRole;
  readonly raci: Raci;
  readonly people: readonly PersonChoice[];
  readonly onChange: (raci: Raci) => void;
}) {
  const listId = useId();
  const roleLabel = raciRoleLabel(role);
  const members = raci[role];
  const memberKeys = new Set(members.map(personKey));
  const addPlace = `raci-add-${actionId}-${role}`;
  const offered = people.filter((choice) => !memberKeys.has(choice.key));
  // Choosing only picks; "Add" adds, so browsing the list with the arrow keys adds nobody.
  const [picked, setPicked] = useState<PersonChoice | null>(null);
  const pending = picked !== null && offered.some((choice) => choice.key === picked.key) ? picked : null;
  return (
    <div className="raci-role" role="group" aria-labelledby={listId}>
      <span id={listId} className="visually-hidden">
        {text('stage.actions.raci.peopleIn', { role: roleLabel, name: actionName })}
      </span>
      {members.length === 0 ? null : (
        <RemovableChips
          items={members}
          keyOf={personKey}
          labelOf={(member) => personName(member, people)}
          removeSuffix={(person) =>
            text('stage.actions.raci.removeFrom', { person, role: roleLabel, name: actionName })
          }
          addPlace={addPlace}
          onRemove={(member) => onChange(withoutPersonInRole(raci, role, member))}
        />
      )}
      <div className="raci-role__add">
        <RaciPersonSelect
          label={text('stage.actions.raci.addTo', { role: roleLabel })}
          hiddenSuffix={text('stage.actions.raci.forName', { name: actionName })}
          people={offered}
          value={pending?.key ?? ''}
          emptyLabel={text('stage.actions.raci.addSomeone')}
          focusPlace={addPlace}
          onChoose={setPicked}
        />
        <AddChipButton
          picked={pending}
          hiddenSuffix={text('stage.actions.raci.toRole', { role: roleLabel, name: actionName })}
          addPlace={addPlace}
          onAdd={(choice) => {
            onChange(withPersonInRole(raci, role, choice.person));
            setPicked(null);
          }}
        />
      </div>
    </div>
  );
}
