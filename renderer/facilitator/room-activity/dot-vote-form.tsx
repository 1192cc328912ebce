import { useId, useMemo, useState } from 'react';
import { ACTIVITY_LIMITS } from '../../../shared/host-api/voting-contract';
import { text } from '../../../shared/text';
import type { Workshop } from '../../../shared/workshop';
import { useAppStore } from '../../app/store/store-context';
import { dotItemsFromActions, dotItemsFromNotes, type NewDotItem } from './dot-items';
import { NumberField } from './number-field';
import { StartForm } from './start-form';

type Source = 'actions' | 'notes';

/** The items each source offers, from the open workshop. */
function itemsBySource(workshop: Workshop | null): Record<Source, NewDotItem[]> {
  if (workshop === null) return { actions: [], notes: [] };
  return { actions: dotItemsFromActions(workshop), notes: dotItemsFromNotes(workshop) };
}

/**
 * Starts a dot vote: on the actions (each item remembers its action, so the ranking can set
 * priorities) or on the latest revealed writing round's notes; N dots per phone.
 */
export function DotVoteForm() {
  const sourceId = useId();
  const workshop = useAppStore((state) => state.workshop);
  const stageKind = useAppStore(
    (state) => state.workshop?.agenda.find((stage) => stage.id === state.currentStageId)?.kind,
  );
  const openRoomActivity = useAppStore((state) => state.openRoomActivity);
  const items = useMemo(() => itemsBySource(workshop), [workshop]);
  const preferred: Source = stageKind === 'actions' || items.notes.length < 2 ? 'actions' : 'notes';
  const [chosen, setChosen] = useState<Source | null>(null);
  const source = chosen ?? preferred;
  const [dots, setDots] = useState('3');
  const offered = items[source];
  const used = offered.slice(0, ACTIVITY_LIMITS.maxItems);
  const dotsPerPhone = Math.min(ACTIVITY_LIMITS.maxDotsPerPhone, Math.max(1, Math.round(Number(dots) || 0)));
  return (
    <StartForm
      key={source}
      heading={text('roomActivity.dots.heading')}
      promptLabel={text('roomActivity.dots.prompt')}
      initialPrompt={text(
        source === 'actions'
          ? 'roomActivity.dots.defaultPromptActions'
          : 'roomActivity.dots.defaultPromptNotes',
      )}
      submitLabel={text('roomActivity.dots.start')}
      blocked={used.length < ACTIVITY_LIMITS.minItems}
      onStart={({ prompt, durationSeconds }) =>
        openRoomActivity({ kind: 'dots', prompt, durationSeconds, items: used, dotsPerPhone })
      }
    >
      <div className="field">
        <label htmlFor={sourceId}>{text('roomActivity.dots.on')}</label>
        <select id={sourceId} value={source} onChange={(event) => setChosen(event.target.value as Source)}>
          <option value="actions">
            {text('roomActivity.dots.onActions', { count: items.actions.length })}
          </option>
          <option value="notes">{text('roomActivity.dots.onNotes', { count: items.notes.length })}</option>
        </select>
        {used.length < ACTIVITY_LIMITS.minItems ? (
          <p className="hint">{text('roomActivity.dots.tooFew')}</p>
        ) : offered.length > used.length ? (
          <p className="hint">{text('roomActivity.dots.firstItems', { count: used.length })}</p>
        ) : null}
      </div>
      <NumberField
        label={text('roomActivity.dots.perPhone')}
        value={dots}
        min={1}
        max={ACTIVITY_LIMITS.maxDotsPerPhone}
        onValueChange={setDots}
      />
    </StartForm>
  );
}
