import { useCallback } from 'react';
import { text } from '../../../../shared/text';
import { newId, type ParticipantId } from '../../../../shared/workshop/ids';
import { useAppStore } from '../../../app/store/store-context';
import { useRecordList, type RecordListRules } from '../shared/record-list-focus';
import { StagePrompt } from '../shared/stage-prompt';
import { RecordListSection } from '../shared/record-list-section';
import { StageTable, type StageTableColumn } from '../shared/stage-table';
import { useListIds } from '../shared/use-workshop';
import { ParticipantRow } from './participant-row';
import { removeParticipant } from './remove-participant';
import '../stages.css';

/** The focus place of "Add participant", where focus goes when the list empties. */
const ADD_PARTICIPANT = 'add-participant';

const PARTICIPANT_LIST: RecordListRules<ParticipantId> = {
  emptyPlace: ADD_PARTICIPANT,
  remove: removeParticipant,
};

const COLUMNS: readonly StageTableColumn[] = [
  { label: text('stage.welcome.name') },
  { label: text('stage.welcome.role') },
  { label: text('stage.welcome.team') },
  { label: text('stage.welcome.middleManager'), className: 'stage-table__column--check' },
  { label: text('stage.welcome.remove'), className: 'stage-table__column--button', hideLabel: true },
];

/** Welcome stage: who is in the room. Participants can then be picked as owners everywhere. */
export function WelcomeStageEditor() {
  const ids = useListIds((workshop) => workshop.participants);
  const middleManagers = useAppStore(
    (state) => state.workshop?.participants.filter((participant) => participant.isMiddleManager).length ?? 0,
  );
  const list = useRecordList(ids, PARTICIPANT_LIST);

  const addParticipant = useCallback(() => {
    const id = newId<ParticipantId>();
    list.create(id, (draft) => {
      draft.participants.push({ id, name: '', role: '', team: '', isMiddleManager: false });
    });
  }, [list]);

  const handleEnter = useCallback(
    (id: ParticipantId) => {
      const position = ids.indexOf(id);
      const next = ids[position + 1];
      if (next === undefined) addParticipant();
      else list.moveTo(next);
    },
    [ids, addParticipant, list],
  );

  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.welcome.goRoundThe')}</StagePrompt>

      <RecordListSection
        heading={text('stage.welcome.participants')}
        empty={ids.length === 0 ? text('stage.welcome.nobodyOnThe') : null}
        addPlace={ADD_PARTICIPANT}
        addLabel={text('stage.welcome.addParticipant')}
        onAdd={addParticipant}
        summary={text('stage.welcome.peopleSummary', {
          participants: text('stage.welcome.participantCount', { count: ids.length }),
          middleManagers: text('stage.welcome.middleManagerCount', { count: middleManagers }),
        })}
        after={<p className="hint">{text('stage.welcome.middleManagersAre')}</p>}
      >
        <StageTable caption={text('stage.welcome.peopleInThe')} columns={COLUMNS}>
          <tbody>
            {ids.map((id, position) => (
              <ParticipantRow key={id} {...list.rowProps(id, position)} onEnter={handleEnter} />
            ))}
          </tbody>
        </StageTable>
      </RecordListSection>
    </div>
  );
}
