import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { text } from '../../../../shared/text';
import { newActionPlanFields } from '../../../../shared/workshop/action-links';
import type { ActionKiller } from '../../../../shared/workshop/actions';
import { newId, type ActionId } from '../../../../shared/workshop/ids';
import type { QuestionId } from '../../../../shared/workshop/readiness';
import type { SuggestedAction } from '../../../../shared/workshop/suggestions';
import { useAppStore } from '../../../app/store/store-context';
import { useRecordList, type RecordListRules } from '../shared/record-list-focus';
import { RecordListSection } from '../shared/record-list-section';
import { StageTable, type StageTableColumn } from '../shared/stage-table';
import { ActionPlanFilters } from './action-plan-filters';
import { ActionRow } from './action-row';
import { actionWarnings } from './action-warnings';
import { arrangeActions, DEFAULT_ACTION_VIEW, type ActionView } from './arrange-actions';
import { GapsWithoutActions } from './gaps-without-actions';
import { NO_ITEMS } from '../shared/use-workshop';

/** The focus place of "Add action", where focus goes when the plan empties. */
const ADD_ACTION = 'add-action';

const ACTION_LIST: RecordListRules<ActionId> = {
  emptyPlace: ADD_ACTION,
  remove: (draft, id) => {
    draft.actions = draft.actions.filter((action) => action.id !== id);
  },
};

const COLUMNS: readonly StageTableColumn[] = [
  { label: text('stage.actions.action') },
  { label: text('stage.actions.ownerDueDate'), className: 'stage-table__column--owner' },
  { label: text('stage.actions.killerPriorityStatus'), className: 'stage-table__column--choices' },
];

/**
 * The action plan: readiness gaps with no action yet, then every action in a table the
 * facilitator can sort and filter, with "Add action".
 */
export function ActionPlanSection({ today }: { readonly today: string }) {
  const actions = useAppStore((state) => state.workshop?.actions ?? NO_ITEMS);
  const [view, setView] = useState<ActionView>(DEFAULT_ACTION_VIEW);
  const shownIds = useMemo(() => arrangeActions(actions, view, today), [actions, view, today]);
  const flaggedCount = useMemo(
    () => actions.filter((action) => actionWarnings(action, today).length > 0).length,
    [actions, today],
  );
  const list = useRecordList(shownIds, ACTION_LIST);
  const lastFocused = useRef<HTMLElement | null>(null);

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
      setView((current) =>
        current.status === 'all' || current.status === 'todo' ? current : { ...current, status: 'all' },
      );
      const first = added[0];
      if (first === undefined) return;
      list.create(first.id, (draft) => {
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
    [list],
  );

  const addSuggested = (killer: QuestionId, suggestions: readonly SuggestedAction[]) => {
    // Show the new actions even if the plan is filtered to another killer.
    if (view.killer !== 'all' && view.killer !== killer)
      setView((current) => ({ ...current, killer: 'all' }));
    addActions(suggestions.map(({ id, title }) => ({ title, killer, fromSuggestion: id })));
  };

  /** A blank action, linked to the killer the plan is filtered to, if any. */
  const addBlankAction = () =>
    addActions([{ title: '', killer: view.killer === 'all' ? 'general' : view.killer }]);

  const filtered = view.killer !== 'all' || view.status !== 'all' || view.onlyFlagged;

  return (
    <>
      <GapsWithoutActions onAdd={addSuggested} />

      <RecordListSection
        heading={text('stage.actions.everyAction')}
        before={
          <>
            <ActionPlanFilters view={view} setView={setView} />
            <p className="hint" aria-live="polite">
              {filtered
                ? text('stage.actions.showingOf', { shown: shownIds.length, count: actions.length })
                : text('stage.actions.actionCount', { count: actions.length })}
              {flaggedCount === 0
                ? text('stage.actions.noneFlagged')
                : text('stage.actions.flaggedcountFlagged', { flaggedCount })}
            </p>
          </>
        }
        empty={
          shownIds.length > 0
            ? null
            : actions.length === 0
              ? text('stage.actions.noActionsYet')
              : text('stage.actions.noActionMatches')
        }
        addPlace={ADD_ACTION}
        addLabel={text('stage.actions.addAction')}
        onAdd={addBlankAction}
      >
        <StageTable
          caption={text('stage.actions.actionPlan')}
          className="actions-table"
          columns={COLUMNS}
          onFocus={(event) => {
            lastFocused.current = event.target;
          }}
        >
          <tbody>
            {shownIds.map((id, position) => (
              <ActionRow key={id} {...list.rowProps(id, position)} today={today} />
            ))}
          </tbody>
        </StageTable>
      </RecordListSection>
    </>
  );
}
