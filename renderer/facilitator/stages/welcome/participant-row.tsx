import { memo } from 'react';
import { text } from '../../../../shared/text';
import type { ParticipantId } from '../../../../shared/workshop/ids';
import type { Participant } from '../../../../shared/workshop/people';
import { useAppStore } from '../../../app/store/store-context';
import { CheckboxField, TextField } from '../shared/fields';
import { participantDisplayName } from '../shared/owners';
import { editParticipant } from '../shared/people-edits';
import { onEnterKey } from '../shared/record-list-focus';
import { bindFields } from '../shared/use-record';
import { findById, useEditWorkshop } from '../shared/use-workshop';
import type { RecordRowProps } from '../shared/record-list-section';
import { QuietButton } from '../../../app/components/quiet-button';

/** The role and team columns: the same field each, named after the person. */
const DETAILS = [
  { key: 'role', label: 'Role', labelFor: (who: string) => text('stage.welcome.roleOfWho', { who }) },
  { key: 'team', label: 'Team', labelFor: (who: string) => text('stage.welcome.teamOfWho', { who }) },
] as const;

interface ParticipantRowProps extends RecordRowProps<ParticipantId> {
  readonly onEnter: (id: ParticipantId) => void;
}

/** One person in the room: name, role, team, and whether they are a middle manager. */
export const ParticipantRow = memo(function ParticipantRow({
  id,
  position,
  onEnter,
  onRemove,
}: ParticipantRowProps) {
  const participant = useAppStore((state) =>
    state.workshop === null ? undefined : findById(state.workshop.participants, id),
  );
  const nameTaken = useAppStore((state) => sharesName(state.workshop?.participants ?? [], id));
  const editWorkshop = useEditWorkshop();
  if (participant === undefined) return null;

  const who = participantDisplayName(participant, position);
  // Through editParticipant, so the stakeholder card and product owner who are this person follow.
  const { bind, bindCheck } = bindFields<Omit<Participant, 'id'>>(participant, (key, value) =>
    editWorkshop((draft) => editParticipant(draft, id, { [key]: value })),
  );
  const enterMovesOn = onEnterKey(() => onEnter(id));
  const nameMissing =
    participant.name.trim() === '' && (participant.role.trim() !== '' || participant.team.trim() !== '');

  return (
    <tr data-record-id={id}>
      <td data-label="Name">
        <TextField
          label={text('stage.welcome.nameOfParticipant', { value1: position + 1 })}
          hideLabel
          onKeyDown={enterMovesOn}
          {...bind('name')}
          problem={
            nameMissing
              ? text('stage.welcome.addAName')
              : nameTaken
                ? text('stage.welcome.someoneElseHas')
                : null
          }
        />
      </td>
      {DETAILS.map(({ key, label, labelFor }) => (
        <td key={key} data-label={label}>
          <TextField label={labelFor(who)} hideLabel onKeyDown={enterMovesOn} {...bind(key)} />
        </td>
      ))}
      <td data-label="Middle manager" className="stage-table__check">
        <CheckboxField
          label={text('stage.welcome.whoIsA', { who })}
          hideLabel
          onKeyDown={enterMovesOn}
          {...bindCheck('isMiddleManager')}
        />
      </td>
      <td className="stage-table__button">
        <QuietButton small onClick={() => onRemove(id)} hiddenSuffix={who}>
          {text('stage.welcome.remove')}
        </QuietButton>
      </td>
    </tr>
  );
});

/** True when another participant has the same name (ignoring case), which makes owners ambiguous. */
function sharesName(participants: readonly Participant[], id: ParticipantId): boolean {
  const name =
    participants
      .find((item) => item.id === id)
      ?.name.trim()
      .toLowerCase() ?? '';
  return (
    name !== '' && participants.some((item) => item.id !== id && item.name.trim().toLowerCase() === name)
  );
}
