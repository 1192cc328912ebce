import { memo, useId, useMemo, useState } from 'react';
import {
  agendaRecord,
  agendaSummarySentence,
  formatMinutes,
  moveItem,
  type StageRecord,
} from '../../../shared/cockpit/agenda-logic';
import { newId } from '../../../shared/workshop/ids';
import type { AgendaStageId } from '../../../shared/workshop/ids';
import {
  AGENDA_STAGE_STATUSES,
  MAXIMUM_ACTUAL_MINUTES,
  MAXIMUM_TIMEBOX_MINUTES,
} from '../../../shared/workshop/agenda';
import { useAppStore } from '../../app/store/store-context';
import { useNow } from '../../app/use-now';
import { choiceLabels, text } from '../../../shared/text';
import { SessionSwitcher } from '../follow-up/session-switcher';
import { useInViewedSession, useNewStageSessionId } from '../follow-up/use-viewed-session';
import { QuietButton } from '../../app/components/quiet-button';
import { submitTrimmed } from '../../app/components/submit-trimmed';
import { NumberField } from '../room-activity/number-field';
import { MinutesBox } from './minutes-box';

const STATUS_LABELS = choiceLabels('agendaStatusInRail', AGENDA_STAGE_STATUSES);

const minutes = formatMinutes;

/** "actual 12 min", "actual 15 min (corrected)", or nothing before the stage was on. */
function actualText(record: StageRecord | undefined): string {
  if (record?.actualMinutes === null || record === undefined) return text('cockpit.agenda.notRunYet');
  return text(record.corrected ? 'cockpit.agenda.actualCorrected' : 'cockpit.agenda.actual', {
    minutes: minutes(record.actualMinutes),
  });
}

function useAgendaActions() {
  const editWorkshop = useAppStore((state) => state.editWorkshop);
  const sessionId = useNewStageSessionId();
  return useMemo(
    () => ({
      move: (from: number, to: number) =>
        editWorkshop((draft) => {
          draft.agenda = moveItem(draft.agenda, from, to);
        }),
      setTimebox: (stageId: string, value: number) =>
        editWorkshop((draft) => {
          const stage = draft.agenda.find((item) => item.id === stageId);
          if (stage !== undefined) stage.timeboxMinutes = value;
        }),
      toggleSkip: (stageId: string) =>
        editWorkshop((draft) => {
          const stage = draft.agenda.find((item) => item.id === stageId);
          if (stage !== undefined) stage.status = stage.status === 'skipped' ? 'planned' : 'skipped';
        }),
      remove: (stageId: string) =>
        editWorkshop((draft) => {
          draft.agenda = draft.agenda.filter((item) => item.id !== stageId);
        }),
      add: (title: string, timeboxMinutes: number) =>
        editWorkshop((draft) => {
          draft.agenda.push({
            id: newId<AgendaStageId>(),
            kind: 'custom',
            title,
            timeboxMinutes,
            visits: [],
            correctedMinutes: null,
            status: 'planned',
            sessionId,
          });
        }),
    }),
    [editWorkshop, sessionId],
  );
}

interface RailItemProps {
  readonly index: number;
  readonly count: number;
  readonly editing: boolean;
  readonly record: StageRecord | undefined;
  readonly onDragStart: (index: number) => void;
  readonly onDrop: (index: number) => void;
}

const RailItem = memo(function RailItem({
  index,
  count,
  editing,
  record,
  onDragStart,
  onDrop,
}: RailItemProps) {
  const stage = useAppStore((state) => state.workshop?.agenda[index]);
  const isCurrent = useAppStore((state) => stage !== undefined && state.currentStageId === stage.id);
  const goToStage = useAppStore((state) => state.goToStage);
  const correctStageMinutes = useAppStore((state) => state.correctStageMinutes);
  const actions = useAgendaActions();
  const shown = useInViewedSession(stage ?? {});
  if (stage === undefined || !shown) return null;
  return (
    <li
      className={`rail-item rail-item--${stage.status}${isCurrent ? ' rail-item--current' : ''}`}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(index);
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onDrop(index);
      }}
    >
      <button
        type="button"
        className="rail-item__go"
        aria-current={isCurrent ? 'step' : undefined}
        onClick={() => goToStage(stage.id)}
        onKeyDown={(event) => {
          // Alt+Up / Alt+Down reorders from the keyboard, like dragging.
          if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
            event.preventDefault();
            actions.move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
          }
        }}
      >
        <span className="rail-item__number">{index + 1}</span>
        <span className="rail-item__title">{stage.title || text('cockpit.agenda.untitledStage')}</span>
        <span className="rail-item__meta">
          {minutes(stage.timeboxMinutes)} · {STATUS_LABELS[stage.status]}
        </span>
        <span className="rail-item__totals">{actualText(record)}</span>
      </button>
      {editing ? (
        <div className="rail-item__edit">
          <MinutesBox
            label={text('cockpit.agenda.minutes')}
            max={MAXIMUM_TIMEBOX_MINUTES}
            value={stage.timeboxMinutes}
            onMinutes={(minutes) => actions.setTimebox(stage.id, minutes ?? 0)}
          />
          <MinutesBox
            label={text('cockpit.agenda.actualMinutes')}
            max={MAXIMUM_ACTUAL_MINUTES}
            value={stage.correctedMinutes}
            placeholder={
              record?.recordedMinutes === null || record === undefined
                ? ''
                : String(Math.round(record.recordedMinutes))
            }
            title={text('cockpit.agenda.actualMinutesHint')}
            onMinutes={(minutes) => correctStageMinutes(stage.id, minutes)}
          />
          <QuietButton
            disabled={index === 0}
            onClick={() => actions.move(index, index - 1)}
            aria-label={text('cockpit.agenda.moveTitleUp', { title: stage.title })}
          >
            ↑
          </QuietButton>
          <QuietButton
            disabled={index === count - 1}
            onClick={() => actions.move(index, index + 1)}
            aria-label={text('cockpit.agenda.moveTitleDown', { title: stage.title })}
          >
            ↓
          </QuietButton>
          <QuietButton onClick={() => actions.toggleSkip(stage.id)}>
            {stage.status === 'skipped' ? text('cockpit.agenda.unskip') : text('cockpit.agenda.skip')}
          </QuietButton>
          <QuietButton
            onClick={() => actions.remove(stage.id)}
            aria-label={text('cockpit.agenda.removeTitle', { title: stage.title })}
          >
            {text('cockpit.agenda.remove')}
          </QuietButton>
        </div>
      ) : null}
    </li>
  );
});

function AddStageForm() {
  const titleId = useId();
  const actions = useAgendaActions();
  const [title, setTitle] = useState('');
  const [timebox, setTimebox] = useState(15);
  return (
    <form
      className="rail-add"
      onSubmit={submitTrimmed(title, (trimmed) => {
        actions.add(trimmed, timebox);
        setTitle('');
      })}
    >
      <div className="field">
        <label htmlFor={titleId}>{text('cockpit.agenda.newStage')}</label>
        <input id={titleId} value={title} onChange={(event) => setTitle(event.target.value)} required />
      </div>
      <NumberField
        label={text('cockpit.agenda.minutes')}
        value={String(timebox)}
        min={0}
        max={MAXIMUM_TIMEBOX_MINUTES}
        onValueChange={(typed) => setTimebox(Math.max(0, Math.round(Number(typed) || 0)))}
      />
      <button type="submit" className="button button--quiet">
        {text('cockpit.agenda.addStage')}
      </button>
    </form>
  );
}

/**
 * The agenda: every stage with its timebox, status and what it really took, and where the day
 * stands (the same sentence as the appendix of the plan). Reorder, edit timeboxes, skip, and
 * correct a stage's actual minutes.
 */
export function AgendaRail({ startEditing = false }: { readonly startEditing?: boolean } = {}) {
  const agenda = useAppStore((state) => state.workshop?.agenda);
  const actions = useAgendaActions();
  const [editing, setEditing] = useState(startEditing);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const now = useNow(30_000);
  const record = useMemo(() => agendaRecord(agenda ?? [], new Date(now)), [agenda, now]);
  if (agenda === undefined) return null;
  return (
    // The column is a complementary landmark; the list of stages inside it is the navigation.
    <aside className="agenda-rail" aria-label={text('cockpit.agenda.agendaAndTimings')}>
      <div className="agenda-rail__header">
        <h2>{text('cockpit.agenda.agenda')}</h2>
        <QuietButton aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {editing ? text('cockpit.agenda.doneEditing') : text('cockpit.agenda.editAgenda')}
        </QuietButton>
      </div>
      <SessionSwitcher />
      <nav aria-label={text('cockpit.agenda.agenda')}>
        <ol className="agenda-rail__list">
          {agenda.map((stage, index) => (
            <RailItem
              key={stage.id}
              index={index}
              count={agenda.length}
              editing={editing}
              record={record.stages[index]}
              onDragStart={setDragFrom}
              onDrop={(to) => {
                if (dragFrom !== null && dragFrom !== to) actions.move(dragFrom, to);
                setDragFrom(null);
              }}
            />
          ))}
        </ol>
      </nav>
      {agenda.length > 0 ? <p className="agenda-rail__summary">{agendaSummarySentence(record)}</p> : null}
      {editing ? <AddStageForm /> : null}
    </aside>
  );
}
