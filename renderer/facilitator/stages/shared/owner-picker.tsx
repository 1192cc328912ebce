import { useId } from 'react';
import type { OwnerRef, Participant } from '../../../../shared/workshop/people';
import { useAppStore } from '../../../app/store/store-context';
import { WithHiddenSuffix } from '../../../app/components/hidden-suffix';
import { participantDisplayName } from './owners';
import { stakeholderOptionValue, stakeholdersNotInTheRoom } from './people-edits';
import { text } from '../../../../shared/text';
import { NO_ITEMS } from './use-workshop';

const NOBODY = '';
const SOMEONE_ELSE = 'someone-else';

interface OwnerPickerProps {
  /** What is owned, as a label: "Owner", "Owner of Policy administration", a question… */
  readonly label: string;
  /**
   * Words added after the label for assistive technology only, to say which row or card it
   * belongs to ("of Accuracy on production data").
   */
  readonly hiddenSuffix?: string;
  /** Hides the labels visually (inside tables, where the column header shows them). */
  readonly hideLabel?: boolean;
  readonly value: OwnerRef;
  readonly onValueChange: (owner: OwnerRef) => void;
  /** Ids of elements that describe the choice, for example a "No owner" flag. */
  readonly describedBy?: string;
  /** Words for "nobody yet" in the list. */
  readonly noneLabel?: string;
}

/**
 * Picks who owns something from the one people list: a participant in the room, a
 * stakeholder on the map who is not in the room, "Someone else…" with their name typed in,
 * or nobody yet. The first two are references, so renaming the person renames the owner.
 * Reads the people from the open workshop and maps the choice to the model's {@link OwnerRef}.
 */
export function OwnerPicker({
  label,
  hiddenSuffix,
  hideLabel,
  value,
  onValueChange,
  describedBy,
  noneLabel,
}: OwnerPickerProps) {
  const id = useId();
  const participants = useAppStore((state) => state.workshop?.participants ?? NO_ITEMS);
  const allStakeholders = useAppStore((state) => state.workshop?.stakeholders ?? NO_ITEMS);
  const stakeholders = stakeholdersNotInTheRoom(allStakeholders);
  const selected =
    value.kind === 'participant'
      ? value.participantId
      : value.kind === 'stakeholder'
        ? stakeholderOptionValue(value.stakeholderId)
        : value.kind === 'named'
          ? SOMEONE_ELSE
          : NOBODY;
  const missingPerson =
    (value.kind === 'participant' &&
      !participants.some((participant) => participant.id === value.participantId)) ||
    (value.kind === 'stakeholder' &&
      !stakeholders.some((stakeholder) => stakeholder.id === value.stakeholderId));

  return (
    <div className="field stage-field owner-picker">
      <label htmlFor={id} className={hideLabel === true ? 'visually-hidden' : 'stage-field__label'}>
        <WithHiddenSuffix words={label} hiddenSuffix={hiddenSuffix} />
      </label>
      <select
        id={id}
        value={selected}
        aria-describedby={describedBy}
        onChange={(event) => {
          const choice = event.target.value;
          if (choice === NOBODY) {
            onValueChange({ kind: 'none' });
            return;
          }
          if (choice === SOMEONE_ELSE) {
            onValueChange({ kind: 'named', name: value.kind === 'named' ? value.name : '' });
            return;
          }
          const participant = participants.find((candidate) => candidate.id === choice);
          if (participant !== undefined) {
            onValueChange({ kind: 'participant', participantId: participant.id });
            return;
          }
          const stakeholder = stakeholders.find(
            (candidate) => stakeholderOptionValue(candidate.id) === choice,
          );
          if (stakeholder !== undefined)
            onValueChange({ kind: 'stakeholder', stakeholderId: stakeholder.id });
        }}
      >
        <option value={NOBODY}>{noneLabel ?? text('stage.shared.nobodyYet')}</option>
        {participants.length === 0 ? null : (
          <optgroup label={text('stage.shared.inTheRoom')}>
            {participants.map((participant, position) => (
              <option key={participant.id} value={participant.id}>
                {participantOptionText(participant, position)}
              </option>
            ))}
          </optgroup>
        )}
        {stakeholders.length === 0 ? null : (
          <optgroup label={text('stage.shared.onTheStakeholder')}>
            {stakeholders.map((stakeholder) => (
              <option key={stakeholder.id} value={stakeholderOptionValue(stakeholder.id)}>
                {[stakeholder.name.trim(), stakeholder.role.trim()].filter((part) => part !== '').join(', ')}
              </option>
            ))}
          </optgroup>
        )}
        {missingPerson ? <option value={selected}>{text('stage.shared.someoneNoLonger')}</option> : null}
        <option value={SOMEONE_ELSE}>{text('stage.shared.someoneElse')}</option>
      </select>
      {value.kind === 'named' ? (
        <>
          <label
            htmlFor={`${id}-name`}
            className={hideLabel === true ? 'visually-hidden' : 'stage-field__label'}
          >
            {hideLabel === true ? (
              text('stage.shared.labelValue2Name', {
                label,
                value2: hiddenSuffix === undefined ? '' : ` ${hiddenSuffix}`,
              })
            ) : (
              <>
                {text('stage.shared.theirName')}{' '}
                <span className="visually-hidden">
                  ({label}
                  {hiddenSuffix === undefined ? '' : ` ${hiddenSuffix}`})
                </span>
              </>
            )}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            value={value.name}
            placeholder={text('stage.shared.nameAndRole')}
            onChange={(event) => onValueChange({ kind: 'named', name: event.target.value })}
          />
        </>
      ) : null}
    </div>
  );
}

function participantOptionText(participant: Participant, position: number): string {
  const name =
    participant.name.trim() ||
    text('stage.shared.unnamedValue1', { value1: participantDisplayName(participant, position) });
  const role = participant.role.trim();
  return role === '' ? name : `${name}, ${role}`;
}
