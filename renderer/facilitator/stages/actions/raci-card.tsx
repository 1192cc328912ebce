import { castDraft, type Draft } from 'immer';
import { memo, useId, useState } from 'react';
import { text } from '../../../../shared/text';
import { RACI_LIST_ROLES, type ActionLinkKind, type Raci } from '../../../../shared/workshop/action-links';
import type { ActionId } from '../../../../shared/workshop/ids';
import type { PersonRef } from '../../../../shared/workshop/people';
import { personKey, raciProblems, type RaciProblem } from '../../../../shared/workshop/raci';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { CheckboxField } from '../shared/fields';
import { useRecord } from '../shared/use-record';
import { personName, type PersonChoice } from './raci-people';
import { RaciPersonSelect } from './raci-person-select';
import { RaciRoleList } from './raci-role-list';
import { TraceLinkPicker } from './trace-link-picker';
import { traceLabel, type TraceTarget } from './trace-targets';
import { QuietButton } from '../../../app/components/quiet-button';

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
 * nobody is Responsible. The Responsible, Consulted, Informed and links are summed up in a
 * line and edited behind "Edit roles and links", so a plan of 150 actions stays light.
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
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const { item: action, edit, bindCheck } = useRecord(selectActions, id);
  if (action === undefined) return null;

  const name = action.title.trim() === '' ? text('stage.actions.raci.untitled') : action.title.trim();
  const title = text('stage.actions.raci.actionHeading', { code, title: name });
  const problems = raciProblems(action);
  const { accountable } = action.raci;
  const accountableKey = accountable === null ? '' : personKey(accountable);
  const names = (members: readonly PersonRef[]) =>
    members.length === 0
      ? text('stage.actions.raci.nobody')
      : members.map((person) => personName(person, people)).join(', ');
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
                  <QuietButton
                    small
                    onClick={() =>
                      edit((draft) => {
                        draft.owner = castDraft(problem.accountable);
                      })
                    }
                  >
                    {text('stage.actions.raci.makeOwner', { name: personName(problem.accountable, people) })}
                  </QuietButton>
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
      </div>
      <p className="hint raci-card__summary">
        {text('stage.actions.raci.summary', {
          responsible: names(action.raci.responsible),
          consulted: names(action.raci.consulted),
          informed: names(action.raci.informed),
          addresses:
            action.addresses.length === 0
              ? text('stage.actions.trace.nothing')
              : action.addresses.map((link) => traceLabel(link, targets)).join('; '),
        })}
      </p>
      <QuietButton
        small
        className="raci-card__toggle"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen(!open)}
        hiddenSuffix={text('stage.actions.raci.forName', { name: title })}
      >
        {text('stage.actions.raci.editRoles')}
      </QuietButton>
      <div id={detailsId} className="raci-card__details" hidden={!open}>
        {open ? (
          <>
            <div className="raci-card__roles">
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
          </>
        ) : null}
      </div>
      <CheckboxField
        label={text('stage.actions.raci.agreedInRoom')}
        hiddenSuffix={text('stage.actions.raci.forName', { name: title })}
        {...bindCheck('agreedInRoom')}
      />
    </article>
  );
});
