import { text } from '../../../../shared/text';
import type { ParticipantId, Stakeholder } from '../../../../shared/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { SelectField, type Choice } from '../shared/fields';
import { participantDisplayName } from '../shared/owners';
import { addParticipantFromStakeholder, linkStakeholder } from '../shared/people-edits';
import { NO_ITEMS, useEditWorkshop } from '../shared/use-workshop';
import { displayName } from './stakeholder-names';
import { QuietButton } from '../../../app/components/quiet-button';

const NOT_IN_THE_ROOM = '';

/**
 * Links a stakeholder to the participant they are, so people are typed once: pick them from
 * the participants, or add this stakeholder to the participants.
 */
export function SameParticipant({ stakeholder }: { readonly stakeholder: Stakeholder }) {
  const participants = useAppStore((state) => state.workshop?.participants ?? NO_ITEMS);
  const editWorkshop = useEditWorkshop();
  const name = displayName(stakeholder);
  const choices: readonly Choice<string>[] = [
    { value: NOT_IN_THE_ROOM, label: text('stage.stakeholders.notInThe') },
    ...participants.map((participant, position) => ({
      value: participant.id as string,
      label: [participantDisplayName(participant, position), participant.role.trim()]
        .filter((part) => part !== '')
        .join(', '),
    })),
  ];
  return (
    <div className="canvas-record__same-person">
      <SelectField
        label={text('stage.stakeholders.samePersonAs')}
        value={stakeholder.participantId ?? NOT_IN_THE_ROOM}
        choices={choices}
        hint={text('stage.stakeholders.pickThemFrom')}
        onValueChange={(value) =>
          editWorkshop((draft) =>
            linkStakeholder(
              draft,
              stakeholder.id,
              value === NOT_IN_THE_ROOM ? null : (value as ParticipantId),
            ),
          )
        }
      />
      {stakeholder.participantId === null && stakeholder.name.trim() !== '' ? (
        <QuietButton
          small
          onClick={() => editWorkshop((draft) => void addParticipantFromStakeholder(draft, stakeholder.id))}
        >
          {text('stage.stakeholders.addNameToParticipants', { name })}
        </QuietButton>
      ) : null}
    </div>
  );
}
