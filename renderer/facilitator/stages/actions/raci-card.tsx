import { castDraft, type Draft } from 'immer';
import { memo, useId } from 'react';
import { text } from '../../../../shared/text';
import { RACI_LIST_ROLES, type ActionLinkKind, type Raci } from '../../../../shared/workshop/action-links';
import type { ActionId } from '../../../../shared/workshop/ids';
import { personKey, raciProblems, type RaciProblem } from '../../../../shared/workshop/raci';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { CheckboxField } from '../shared/fields';
import { useRecord } from '../shared/use-record';
import { personName, type PersonChoice } from './raci-people';
import { RaciPersonSelect } from './raci-person-select';
import { RaciRoleList } from './raci-role-list';
import { TraceLinkPicker } from './trace-link-picker';
import type { TraceTarget } from './trace-targets';

const selectActions = (workshop: Draft<Workshop>) => workshop.actions;

function problemText(problem: RaciProblem, people: readonly PersonChoice[]): string {
  switch (problem.kind) {
    case 'no-accountable':
      return text('stage.actions.raci.noAccountable');
    case 'owner-disagrees':
      return text('stage.actions.raci.ownerDisagrees', { name: personName(problem.accountable, people) });
    case 'no-responsible':
      return text('stage.actions.raci.noResponsible');
  }
}

/**
 * One action's RACI: exactly one Accountable (a single choice, so two cannot be picked), the
 * Responsible, Consulted and Informed, what the action addresses and whether the room agreed
 * it. A warning says when nobody is Accountable, when the owner is someone else, and when
 * nobody is Responsible.
 */
export const RaciCard = memo(function RaciCard({
  id,
  code,
  people,
  targets,
}: {
  readonly id: ActionId;
  readonly code: string;
  readonly people: readonly PersonChoice[];
  readonly targets: Readonly<Record<ActionLinkKind, readonly TraceTarget[]>>;
}) {
  const headingId = useId();
  const problemsId = useId();
  const { item: action, edit, bindCheck } = useRecord(selectActions, id);
  if (action === undefined) return null;

  const name = action.title.trim() === '' ? text('stage.actions.raci.untitled') : action.title.trim();
  const title = text('stage.actions.raci.actionHeading', { code, title: name });
  const problems = raciProblems(action);
  const { accountable } = action.raci;
  const accountableKey = accountable === null ? '' : personKey(accountable);
  const setRaci = (raci: Raci) =>
    edit((draft) => {
      draft.raci = castDraft(raci);
    });

  return (
    <article className="raci-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="raci-card__title">
        {title}
      </h4>
      {problems.length === 0 ? null : (
        <ul
          id={problemsId}
          className="stage-flags"
          aria-label={text('stage.actions.raci.problemsFor', { name: title })}
        >
          {problems.map((problem) => (
            <li key={problem.kind} className="stage-flag">
              <span aria-hidden="true">⚠ </span>
              {problemText(problem, people)}
              {problem.kind === 'owner-disagrees' ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() =>
                      edit((draft) => {
                        draft.owner = castDraft(problem.accountable);
                      })
                    }
                  >
                    {text('stage.actions.raci.makeOwner', { name: personName(problem.accountable, people) })}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div className="raci-card__roles">
        <RaciPersonSelect
          label={text('stage.actions.raci.accountable')}
          hiddenSuffix={text('stage.actions.raci.forName', { name: title })}
          people={people}
          value={accountableKey}
          emptyLabel={text('stage.actions.raci.nobodyYet')}
          describedBy={problems.length === 0 ? undefined : problemsId}
          extraOption={
            accountable !== null && !people.some((choice) => choice.key === accountableKey) ? (
              <option value={accountableKey}>{text('stage.actions.raci.someoneGone')}</option>
            ) : null
          }
          onChoose={(choice) => setRaci({ ...action.raci, accountable: choice?.person ?? null })}
        />
        {RACI_LIST_ROLES.map((role) => (
          <RaciRoleList
            key={role}
            actionId={id}
            actionName={title}
            role={role}
            raci={action.raci}
            people={people}
            onChange={setRaci}
          />
        ))}
      </div>
      <TraceLinkPicker
        actionId={id}
        actionName={title}
        links={action.addresses}
        targets={targets}
        onChange={(links) =>
          edit((draft) => {
            draft.addresses = castDraft([...links]);
          })
        }
      />
      <CheckboxField
        label={text('stage.actions.raci.agreedInRoom')}
        hiddenSuffix={text('stage.actions.raci.forName', { name: title })}
        {...bindCheck('agreedInRoom')}
      />
    </article>
  );
});
