import { memo, useCallback, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { newId, type ParticipantId } from '../../../../shared/workshop/ids';
import type { Participant } from '../../../../shared/workshop/people';
import { useAppStore } from '../../../app/store/store-context';
import { CheckboxField, TextField } from '../shared/fields';
import { participantDisplayName } from '../shared/owners';
import { StagePrompt } from '../shared/stage-prompt';
import { useEditWorkshop, useListIds } from '../shared/use-workshop';
import { editParticipant } from '../shared/people-edits';
import { removeParticipant } from './remove-participant';
import '../stages.css';
import { text } from '../../../../shared/text';

/** Welcome stage: who is in the room. Participants can then be picked as owners everywhere. */
export function WelcomeStageEditor() {
  const headingId = useId();
  const ids = useListIds((workshop) => workshop.participants);
  const middleManagers = useAppStore(
    (state) => state.workshop?.participants.filter((participant) => participant.isMiddleManager).length ?? 0,
  );
  const editWorkshop = useEditWorkshop();
  const nameInputs = useRef(new Map<ParticipantId, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  /** The row whose name input takes focus once it is on screen (a new row, or a neighbour). */
  const focusNext = useRef<ParticipantId | 'add-button' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add-button') addButton.current?.focus();
    else nameInputs.current.get(target)?.focus();
  }, [ids]);

  const addParticipant = useCallback(() => {
    const id = newId<ParticipantId>();
    focusNext.current = id;
    editWorkshop((draft) => {
      draft.participants.push({ id, name: '', role: '', team: '', isMiddleManager: false });
    });
  }, [editWorkshop]);

  const handleEnter = useCallback(
    (id: ParticipantId) => {
      const position = ids.indexOf(id);
      const next = ids[position + 1];
      if (next === undefined) addParticipant();
      else nameInputs.current.get(next)?.focus();
    },
    [ids, addParticipant],
  );

  const handleRemove = useCallback(
    (id: ParticipantId) => {
      const position = ids.indexOf(id);
      focusNext.current = ids[position + 1] ?? ids[position - 1] ?? 'add-button';
      editWorkshop((draft) => removeParticipant(draft, id));
    },
    [ids, editWorkshop],
  );

  const registerNameInput = useCallback((id: ParticipantId, input: HTMLInputElement | null) => {
    if (input === null) nameInputs.current.delete(id);
    else nameInputs.current.set(id, input);
  }, []);

  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.welcome.goRoundThe')}</StagePrompt>

      <section className="panel stage-section" aria-labelledby={headingId}>
        <h3 id={headingId}>{text('stage.welcome.participants')}</h3>
        {ids.length === 0 ? (
          <p className="hint">{text('stage.welcome.nobodyOnThe')}</p>
        ) : (
          <div className="stage-table-scroll">
            <table className="stage-table">
              <caption className="visually-hidden">{text('stage.welcome.peopleInThe')}</caption>
              <colgroup>
                <col />
                <col />
                <col />
                <col className="stage-table__column--check" />
                <col className="stage-table__column--button" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{text('stage.welcome.name')}</th>
                  <th scope="col">{text('stage.welcome.role')}</th>
                  <th scope="col">{text('stage.welcome.team')}</th>
                  <th scope="col">{text('stage.welcome.middleManager')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{text('stage.welcome.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {ids.map((id, position) => (
                  <ParticipantRow
                    key={id}
                    id={id}
                    position={position}
                    onEnter={handleEnter}
                    onRemove={handleRemove}
                    registerNameInput={registerNameInput}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="stage-toolbar">
          <button ref={addButton} type="button" className="button" onClick={addParticipant}>
            {text('stage.welcome.addParticipant')}
          </button>
          <p className="hint">
            {text('stage.welcome.peopleSummary', {
              participants: text('stage.welcome.participantCount', { count: ids.length }),
              middleManagers: text('stage.welcome.middleManagerCount', { count: middleManagers }),
            })}
          </p>
        </div>
        <p className="hint">{text('stage.welcome.middleManagersAre')}</p>
      </section>
    </div>
  );
}

interface ParticipantRowProps {
  readonly id: ParticipantId;
  readonly position: number;
  readonly onEnter: (id: ParticipantId) => void;
  readonly onRemove: (id: ParticipantId) => void;
  readonly registerNameInput: (id: ParticipantId, input: HTMLInputElement | null) => void;
}

const ParticipantRow = memo(function ParticipantRow({
  id,
  position,
  onEnter,
  onRemove,
  registerNameInput,
}: ParticipantRowProps) {
  const participant = useAppStore((state) => state.workshop?.participants.find((item) => item.id === id));
  const nameTaken = useAppStore((state) => sharesName(state.workshop?.participants ?? [], id));
  const editWorkshop = useEditWorkshop();
  const nameRef = useCallback(
    (input: HTMLInputElement | null) => registerNameInput(id, input),
    [id, registerNameInput],
  );
  if (participant === undefined) return null;

  const who = participantDisplayName(participant, position);
  // Through editParticipant, so the stakeholder card and product owner who are this person follow.
  const edit = (patch: Partial<Omit<Participant, 'id'>>) =>
    editWorkshop((draft) => editParticipant(draft, id, patch));
  const enterMovesOn = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter(id);
  };
  const nameMissing =
    participant.name.trim() === '' && (participant.role.trim() !== '' || participant.team.trim() !== '');

  return (
    <tr>
      <td data-label="Name">
        <TextField
          label={text('stage.welcome.nameOfParticipant', { value1: position + 1 })}
          hideLabel
          value={participant.name}
          inputRef={nameRef}
          onKeyDown={enterMovesOn}
          onValueChange={(name) => edit({ name })}
          problem={
            nameMissing
              ? text('stage.welcome.addAName')
              : nameTaken
                ? text('stage.welcome.someoneElseHas')
                : null
          }
        />
      </td>
      <td data-label="Role">
        <TextField
          label={text('stage.welcome.roleOfWho', { who })}
          hideLabel
          value={participant.role}
          onKeyDown={enterMovesOn}
          onValueChange={(role) => edit({ role })}
        />
      </td>
      <td data-label="Team">
        <TextField
          label={text('stage.welcome.teamOfWho', { who })}
          hideLabel
          value={participant.team}
          onKeyDown={enterMovesOn}
          onValueChange={(team) => edit({ team })}
        />
      </td>
      <td data-label="Middle manager" className="stage-table__check">
        <CheckboxField
          label={text('stage.welcome.whoIsA', { who })}
          hideLabel
          checked={participant.isMiddleManager}
          onKeyDown={enterMovesOn}
          onCheckedChange={(isMiddleManager) => edit({ isMiddleManager })}
        />
      </td>
      <td className="stage-table__button">
        <button type="button" className="button button--quiet button--small" onClick={() => onRemove(id)}>
          {text('stage.welcome.remove')} <span className="visually-hidden">{who}</span>
        </button>
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
