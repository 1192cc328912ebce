import type { Draft } from 'immer';
import { memo, useId } from 'react';
import { text } from '../../../../shared/text';
import type { ActionId } from '../../../../shared/workshop/ids';
import { retitleAction } from '../../../../shared/workshop/suggestions';
import type { Action } from '../../../../shared/workshop/actions';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { SelectField, TextField, type Choice } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { useRecord } from '../shared/use-record';
import { KILLER_CHOICES, PRIORITY_CHOICES, STATUS_CHOICES } from './action-choices';
import { actionWarnings } from './action-warnings';
import type { RecordRowProps } from '../shared/record-list-section';
import { QuietButton } from '../../../app/components/quiet-button';
import { FromTheRoomMark } from '../../room-activity/from-the-room-mark';

interface ActionRowProps extends RecordRowProps<ActionId> {
  readonly today: string;
}

const selectActions = (workshop: Draft<Workshop>) => workshop.actions;

/** One action of the plan: its title and flags, owner and due date, killer, priority and status. */
export const ActionRow = memo(function ActionRow({ id, position, today, onRemove }: ActionRowProps) {
  const flagsId = useId();
  const { item: action, edit, bind } = useRecord(selectActions, id);
  if (action === undefined) return null;

  const name = action.title.trim() || text('stage.actions.actionValue1', { value1: position + 1 });
  const warnings = actionWarnings(action, today);
  /** Killer, priority or status: a select stacked in one cell, named after the action. */
  const select = <Key extends 'killer' | 'priority' | 'status'>(
    key: Key,
    label: string,
    choices: readonly Choice<Draft<Action>[Key]>[],
  ) => <SelectField label={label} hideLabel choices={choices} {...bind(key)} />;

  return (
    <tr
      data-record-id={id}
      className={
        warnings.length > 0 ? 'actions-table__row actions-table__row--flagged' : 'actions-table__row'
      }
    >
      <td data-label="Action">
        <TextField
          label={text('stage.actions.titleOfAction', { value1: position + 1 })}
          hideLabel
          className="first-field"
          value={action.title}
          placeholder={text('stage.actions.whatWillBe')}
          describedBy={warnings.length > 0 ? flagsId : undefined}
          onValueChange={(title) => edit((draft) => void Object.assign(draft, retitleAction(draft, title)))}
        />
        <div className="stage-row-tools">
          {action.fromSuggestion === null ? null : (
            <span className="stage-badge" title={text('stage.actions.addedFromA')}>
              {text('stage.actions.suggested')}
            </span>
          )}
          <FromTheRoomMark recordId={id} kind="action" />
          {warnings.length === 0 ? null : (
            <ul
              id={flagsId}
              className="stage-flags"
              aria-label={text('stage.actions.flagsForName', { name })}
            >
              {warnings.map((warning) => (
                <li key={warning.kind} className="stage-flag">
                  <span aria-hidden="true">⚠ </span>
                  {warning.text}
                </li>
              ))}
            </ul>
          )}
          <QuietButton small onClick={() => onRemove(id)} hiddenSuffix={name}>
            {text('stage.actions.remove')}
          </QuietButton>
        </div>
      </td>
      <td data-label="Owner, due date" className="actions-table__stack">
        <OwnerPicker label={text('stage.actions.ownerOfName', { name })} hideLabel {...bind('owner')} />
        {/* A date input gives "" while the date is incomplete; the model accepts that as "no date". */}
        <TextField
          label={text('stage.actions.dueDateOf', { name })}
          hideLabel
          type="date"
          {...bind('dueDate')}
        />
      </td>
      <td data-label="Killer, priority, status" className="actions-table__stack">
        {select('killer', text('stage.actions.killerForName', { name }), KILLER_CHOICES)}
        {select('priority', text('stage.actions.priorityOfName', { name }), PRIORITY_CHOICES)}
        {select('status', text('stage.actions.statusOfName', { name }), STATUS_CHOICES)}
      </td>
    </tr>
  );
});
