import type { Draft } from 'immer';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { newActionPlanFields } from '../../../../shared/workshop/action-links';
import type { Action, ActionKiller } from '../../../../shared/workshop/actions';
import { newId, type ActionId } from '../../../../shared/workshop/ids';
import { computeVerdict } from '../../../../shared/workshop/readiness-logic';
import { READINESS_QUESTIONS, type QuestionId, type Readiness } from '../../../../shared/workshop/readiness';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { useNow } from '../../../app/use-now';
import { CheckboxField, SelectField, TextField } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { StagePrompt } from '../shared/stage-prompt';
import { useEditListItem, useEditWorkshop } from '../shared/use-workshop';
import {
  KILLER_CHOICES,
  KILLER_FILTER_CHOICES,
  KILLER_LABELS,
  PRIORITY_CHOICES,
  SORT_CHOICES,
  STATUS_CHOICES,
  STATUS_FILTER_CHOICES,
} from './action-choices';
import { actionWarnings, calendarDate } from './action-warnings';
import { arrangeActions, DEFAULT_ACTION_VIEW, type ActionView } from './arrange-actions';
import {
  retitleAction,
  SUGGESTED_ACTIONS,
  type SuggestedAction,
} from '../../../../shared/workshop/suggestions';
import '../stages.css';
import { text } from '../../../../shared/text';

const NO_ACTIONS: readonly Action[] = [];

/** Today's local date (`yyyy-mm-dd`), refreshed every minute so flags turn over at midnight. */
function useToday(): string {
  return calendarDate(new Date(useNow(60_000)));
}

/** Action plan stage: an action with an owner and a due date for every gap. */
export function ActionsStageEditor() {
  const headingId = useId();
  const today = useToday();
  const actions = useAppStore((state) => state.workshop?.actions ?? NO_ACTIONS);
  const editWorkshop = useEditWorkshop();
  const [view, setView] = useState<ActionView>(DEFAULT_ACTION_VIEW);
  const shownIds = useMemo(() => arrangeActions(actions, view, today), [actions, view, today]);
  const flaggedCount = useMemo(
    () => actions.filter((action) => actionWarnings(action, today).length > 0).length,
    [actions, today],
  );

  const titleInputs = useRef(new Map<ActionId, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<ActionId | 'add-button' | null>(null);
  const lastFocused = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add-button') addButton.current?.focus();
    else titleInputs.current.get(target)?.focus();
  }, [shownIds]);

  // Re-sorting moves rows in the page, and a browser drops focus from an element it moves.
  // Put focus back where the facilitator was typing.
  useLayoutEffect(() => {
    const element = lastFocused.current;
    if (element !== null && element.isConnected && document.activeElement === document.body) element.focus();
  }, [shownIds]);

  /**
   * Adds actions with their cursor in the first one's title. A status filter that would hide
   * a new (to do) action is lifted, so nothing vanishes the moment it is added.
   */
  const addActions = useCallback(
    (drafts: readonly { title: string; killer: ActionKiller; fromSuggestion?: string }[]) => {
      const added = drafts.map((draft) => ({ ...draft, id: newId<ActionId>() }));
      focusNext.current = added[0]?.id ?? null;
      setView((current) =>
        current.status === 'all' || current.status === 'todo' ? current : { ...current, status: 'all' },
      );
      editWorkshop((draft) => {
        for (const { id, title, killer, fromSuggestion } of added) {
          draft.actions.push({
            id,
            title,
            owner: { kind: 'none' },
            dueDate: '',
            killer,
            priority: 'medium',
            status: 'todo',
            notes: '',
            fromSuggestion: fromSuggestion ?? null,
            ...newActionPlanFields(),
          });
        }
      });
    },
    [editWorkshop],
  );
  /** A blank action, linked to the killer the plan is filtered to, if any. */
  const addBlankAction = () =>
    addActions([{ title: '', killer: view.killer === 'all' ? 'general' : view.killer }]);

  const removeAction = useCallback(
    (id: ActionId) => {
      const position = shownIds.indexOf(id);
      focusNext.current = shownIds[position + 1] ?? shownIds[position - 1] ?? 'add-button';
      editWorkshop((draft) => {
        draft.actions = draft.actions.filter((action) => action.id !== id);
      });
    },
    [shownIds, editWorkshop],
  );

  const registerTitleInput = useCallback((id: ActionId, input: HTMLInputElement | null) => {
    if (input === null) titleInputs.current.delete(id);
    else titleInputs.current.set(id, input);
  }, []);

  const filtered = view.killer !== 'all' || view.status !== 'all' || view.onlyFlagged;

  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.actions.takeTheGaps')}</StagePrompt>

      <GapsWithoutActions
        onAdd={(killer, suggestions) => {
          // Show the new actions even if the plan is filtered to another killer.
          if (view.killer !== 'all' && view.killer !== killer)
            setView((current) => ({ ...current, killer: 'all' }));
          addActions(suggestions.map(({ id, title }) => ({ title, killer, fromSuggestion: id })));
        }}
      />

      <section className="panel stage-section" aria-labelledby={headingId}>
        <h3 id={headingId}>{text('stage.actions.everyAction')}</h3>
        <div
          className="stage-toolbar stage-toolbar--filters"
          role="group"
          aria-label={text('stage.actions.sortAndFilter')}
        >
          <SelectField
            label={text('stage.actions.sortBy')}
            value={view.sort}
            choices={SORT_CHOICES}
            onValueChange={(sort) => setView((current) => ({ ...current, sort }))}
          />
          <SelectField
            label={text('stage.actions.killer')}
            value={view.killer}
            choices={KILLER_FILTER_CHOICES}
            onValueChange={(killer) => setView((current) => ({ ...current, killer }))}
          />
          <SelectField
            label={text('stage.actions.status')}
            value={view.status}
            choices={STATUS_FILTER_CHOICES}
            onValueChange={(status) => setView((current) => ({ ...current, status }))}
          />
          <CheckboxField
            label={text('stage.actions.onlyFlagged')}
            checked={view.onlyFlagged}
            onCheckedChange={(onlyFlagged) => setView((current) => ({ ...current, onlyFlagged }))}
          />
        </div>
        <p className="hint" aria-live="polite">
          {filtered
            ? text('stage.actions.showingOf', { shown: shownIds.length, count: actions.length })
            : text('stage.actions.actionCount', { count: actions.length })}
          {flaggedCount === 0
            ? text('stage.actions.noneFlagged')
            : text('stage.actions.flaggedcountFlagged', { flaggedCount })}
        </p>

        {shownIds.length === 0 ? (
          <p className="hint">
            {actions.length === 0
              ? text('stage.actions.noActionsYet')
              : text('stage.actions.noActionMatches')}
          </p>
        ) : (
          <div
            className="stage-table-scroll"
            onFocus={(event) => {
              lastFocused.current = event.target;
            }}
          >
            <table className="stage-table actions-table">
              <caption className="visually-hidden">{text('stage.actions.actionPlan')}</caption>
              <colgroup>
                <col />
                <col className="stage-table__column--owner" />
                <col className="stage-table__column--choices" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{text('stage.actions.action')}</th>
                  <th scope="col">{text('stage.actions.ownerDueDate')}</th>
                  <th scope="col">{text('stage.actions.killerPriorityStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {shownIds.map((id, position) => (
                  <ActionRow
                    key={id}
                    id={id}
                    position={position}
                    today={today}
                    onRemove={removeAction}
                    registerTitleInput={registerTitleInput}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="stage-toolbar">
          <button ref={addButton} type="button" className="button" onClick={addBlankAction}>
            {text('stage.actions.addAction')}
          </button>
        </div>
      </section>
    </div>
  );
}

/** Readiness gaps (answers short of a yes) that no action addresses yet, with suggested actions. */
function GapsWithoutActions({
  onAdd,
}: {
  onAdd: (killer: QuestionId, suggestions: readonly SuggestedAction[]) => void;
}) {
  const headingId = useId();
  const readiness = useAppStore((state): Readiness | undefined => state.workshop?.readiness);
  const killersWithActions = useAppStore(
    useShallow((state) => [...new Set(state.workshop?.actions.map((action) => action.killer) ?? [])].sort()),
  );
  if (readiness === undefined) return null;
  const uncovered = computeVerdict({ readiness }).gaps.filter((gap) => !killersWithActions.includes(gap));
  if (uncovered.length === 0) return null;
  return (
    <section className="panel stage-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{text('stage.actions.gapsWithNo')}</h3>
      <ul className="stage-gap-list">
        {uncovered.map((gap) => {
          const label =
            READINESS_QUESTIONS.find((question) => question.id === gap)?.label ?? KILLER_LABELS[gap];
          return (
            <li key={gap} className="stage-gap-list__item">
              <span>
                <strong>{label}</strong> {text('stage.actions.wasAnsweredShort')}
              </span>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => onAdd(gap, SUGGESTED_ACTIONS[gap])}
              >
                {text('stage.actions.addSuggested', { count: SUGGESTED_ACTIONS[gap].length, label })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface ActionRowProps {
  readonly id: ActionId;
  readonly position: number;
  readonly today: string;
  readonly onRemove: (id: ActionId) => void;
  readonly registerTitleInput: (id: ActionId, input: HTMLInputElement | null) => void;
}

const selectActions = (draft: Draft<Workshop>) => draft.actions;

const ActionRow = memo(function ActionRow({
  id,
  position,
  today,
  onRemove,
  registerTitleInput,
}: ActionRowProps) {
  const flagsId = useId();
  const action = useAppStore((state) => state.workshop?.actions.find((item) => item.id === id));
  const edit = useEditListItem(selectActions, id);
  const titleRef = useCallback(
    (input: HTMLInputElement | null) => registerTitleInput(id, input),
    [id, registerTitleInput],
  );
  if (action === undefined) return null;

  const name =
    action.title.trim() === ''
      ? text('stage.actions.actionValue1', { value1: position + 1 })
      : action.title.trim();
  const warnings = actionWarnings(action, today);

  return (
    <tr
      className={
        warnings.length > 0 ? 'actions-table__row actions-table__row--flagged' : 'actions-table__row'
      }
    >
      <td data-label="Action">
        <TextField
          label={text('stage.actions.titleOfAction', { value1: position + 1 })}
          hideLabel
          value={action.title}
          placeholder={text('stage.actions.whatWillBe')}
          inputRef={titleRef}
          describedBy={warnings.length > 0 ? flagsId : undefined}
          onValueChange={(title) => edit((draft) => void Object.assign(draft, retitleAction(draft, title)))}
        />
        <div className="stage-row-tools">
          {action.fromSuggestion === null ? null : (
            <span className="stage-badge" title={text('stage.actions.addedFromA')}>
              {text('stage.actions.suggested')}
            </span>
          )}
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
          <button type="button" className="button button--quiet button--small" onClick={() => onRemove(id)}>
            {text('stage.actions.remove')} <span className="visually-hidden">{name}</span>
          </button>
        </div>
      </td>
      <td data-label="Owner, due date" className="actions-table__stack">
        <OwnerPicker
          label={text('stage.actions.ownerOfName', { name })}
          hideLabel
          value={action.owner}
          onChange={(owner) =>
            edit((draft) => {
              draft.owner = owner;
            })
          }
        />
        <TextField
          label={text('stage.actions.dueDateOf', { name })}
          hideLabel
          type="date"
          value={action.dueDate}
          onValueChange={(dueDate) =>
            edit((draft) => {
              // A date input gives "" while the date is incomplete; the model accepts that as "no date".
              draft.dueDate = dueDate;
            })
          }
        />
      </td>
      <td data-label="Killer, priority, status" className="actions-table__stack">
        <SelectField
          label={text('stage.actions.killerForName', { name })}
          hideLabel
          value={action.killer}
          choices={KILLER_CHOICES}
          onValueChange={(killer) =>
            edit((draft) => {
              draft.killer = killer;
            })
          }
        />
        <SelectField
          label={text('stage.actions.priorityOfName', { name })}
          hideLabel
          value={action.priority}
          choices={PRIORITY_CHOICES}
          onValueChange={(priority) =>
            edit((draft) => {
              draft.priority = priority;
            })
          }
        />
        <SelectField
          label={text('stage.actions.statusOfName', { name })}
          hideLabel
          value={action.status}
          choices={STATUS_CHOICES}
          onValueChange={(status) =>
            edit((draft) => {
              draft.status = status;
            })
          }
        />
      </td>
    </tr>
  );
});
