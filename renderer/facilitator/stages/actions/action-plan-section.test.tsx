import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { castDraft } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/workshop/actions';
import { newId, type ActionId } from '../../../../shared/workshop/ids';
import * as build from '../../../../test/fixtures/builders';
import { aTestWorkshopForEachTest } from '../../../../test/support/workshop-store';
import { FocusKeeper } from '../../../app/focus/focus-keeper';
import { calendarDate } from './action-warnings';
import { ActionPlanSection } from './action-plan-section';

function anAction(title: string, overrides: Partial<Action> = {}): Action {
  return build.anAction({
    id: newId<ActionId>(),
    title,
    owner: build.namedOwner('Ana Lopez'),
    dueDate: '2999-01-01',
    ...overrides,
  });
}

// The action plan of the actions stage, on its own: the stage's other sections (RACI, risks,
// roadmap, sign-off) have their own tests.
describe('ActionPlanSection', () => {
  const workshop = aTestWorkshopForEachTest();
  const { store } = workshop;

  function renderEditor(actions: readonly Action[] = []) {
    store.getState().editWorkshop((draft) => {
      draft.actions.push(...castDraft(actions));
    });
    workshop.render(
      <>
        <FocusKeeper />
        <ActionPlanSection today={calendarDate(new Date())} />
      </>,
    );
  }

  const rowTitles = () =>
    screen
      .getAllByRole('textbox', { name: /^Title of action/ })
      .map((input) => (input as HTMLInputElement).value);

  it('flags a new action that has no owner and no due date, in words', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }));
    const title = screen.getByRole('textbox', { name: 'Title of action 1' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    fireEvent.change(title, { target: { value: 'Appoint the product owner' } });

    const flags = screen.getByRole('list', { name: 'Flags for Appoint the product owner' });
    expect(
      within(flags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['⚠ No owner', '⚠ No due date']);
    expect(title.getAttribute('aria-describedby')).toContain(flags.id);

    fireEvent.change(screen.getByRole('combobox', { name: 'Owner of Appoint the product owner' }), {
      target: { value: 'someone-else' },
    });
    fireEvent.change(
      screen.getByRole('textbox', { name: 'Owner of Appoint the product owner: name of someone else' }),
      { target: { value: 'Ana Lopez' } },
    );
    expect(
      within(flags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['⚠ No due date']);
    expect(store.getState().workshop?.actions[0]).toMatchObject({
      title: 'Appoint the product owner',
      owner: { kind: 'named', name: 'Ana Lopez' },
    });
  });

  it('warns when the due date has passed, and not for today', () => {
    renderEditor([anAction('Measure the baseline')]);
    const due = screen.getByLabelText('Due date of Measure the baseline');
    fireEvent.change(due, { target: { value: '2020-02-03' } });
    expect(store.getState().workshop?.actions[0]?.dueDate).toBe('2020-02-03');
    expect(screen.getByText('Due date has passed')).toBeTruthy();

    fireEvent.change(due, { target: { value: calendarDate(new Date()) } });
    expect(screen.queryByText('Due date has passed')).toBeNull();
  });

  it('edits killer, priority and status of a row', () => {
    renderEditor([anAction('Automate the feed')]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Killer for Automate the feed' }), {
      target: { value: 'data' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Priority of Automate the feed' }), {
      target: { value: 'high' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Status of Automate the feed' }), {
      target: { value: 'in-progress' },
    });
    expect(store.getState().workshop?.actions[0]).toMatchObject({
      killer: 'data',
      priority: 'high',
      status: 'in-progress',
    });
  });

  it('sorts and filters the plan without changing the document order', () => {
    renderEditor([
      anAction('Write objective', { killer: 'ownership', priority: 'low', dueDate: '2999-05-01' }),
      anAction('Automate feed', { killer: 'data', priority: 'high', dueDate: '' }),
      anAction('Co-design sessions', {
        killer: 'buyIn',
        priority: 'medium',
        dueDate: '2999-04-01',
        status: 'done',
      }),
    ]);

    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'priority' } });
    expect(rowTitles()).toEqual(['Automate feed', 'Co-design sessions', 'Write objective']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'due-date' } });
    expect(rowTitles()).toEqual(['Co-design sessions', 'Write objective', 'Automate feed']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'killer' } });
    expect(rowTitles()).toEqual(['Write objective', 'Automate feed', 'Co-design sessions']);

    fireEvent.change(screen.getByRole('combobox', { name: 'Killer' }), { target: { value: 'data' } });
    expect(rowTitles()).toEqual(['Automate feed']);
    expect(screen.getByText(/Showing 1 of 3 actions/)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Killer' }), { target: { value: 'all' } });

    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'done' } });
    expect(rowTitles()).toEqual(['Co-design sessions']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'all' } });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Only flagged' }));
    expect(rowTitles()).toEqual(['Automate feed']);

    expect(store.getState().workshop?.actions.map((action) => action.title)).toEqual([
      'Write objective',
      'Automate feed',
      'Co-design sessions',
    ]);
  });

  it('adds a new action under the killer the plan is filtered to, and keeps it in view', () => {
    renderEditor([anAction('Book rooms', { status: 'done' })]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Killer' }), { target: { value: 'metrics' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'done' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }));
    expect(store.getState().workshop?.actions[1]).toMatchObject({ killer: 'metrics', status: 'todo' });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveProperty('value', 'all');
    expect(rowTitles()).toEqual(['']);
    expect(screen.getByText(/Showing 1 of 2 actions/)).toBeTruthy();
  });

  it('offers suggested actions for a readiness gap that has none', () => {
    store.getState().editWorkshop((draft) => {
      draft.readiness.finalAnswers.buyIn = { answer: 'no', rationale: 'Managers heard about it last week' };
    });
    renderEditor();
    const gaps = screen.getByRole('region', { name: 'Gaps with no action yet' });
    fireEvent.click(within(gaps).getByRole('button', { name: /Add 3 suggested actions for Buy-in/ }));

    const added = store.getState().workshop?.actions ?? [];
    expect(added).toHaveLength(3);
    expect(added.every((action) => action.killer === 'buyIn')).toBe(true);
    expect(screen.queryByRole('region', { name: 'Gaps with no action yet' })).toBeNull();
  });

  it('marks suggested actions as suggestions until the room rewrites them', () => {
    store.getState().editWorkshop((draft) => {
      draft.readiness.finalAnswers.buyIn = { answer: 'no', rationale: '' };
    });
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: /Add 3 suggested actions for Buy-in/ }));
    expect(screen.getAllByText('Suggested')).toHaveLength(3);

    fireEvent.change(screen.getByRole('textbox', { name: 'Title of action 1' }), {
      target: { value: 'Co-design the triage queue with the four team leads' },
    });
    const [rewritten, ...others] = store.getState().workshop?.actions ?? [];
    expect(rewritten?.fromSuggestion).toBeNull();
    expect(others.every((action) => action.fromSuggestion !== null)).toBe(true);
    expect(screen.getAllByText('Suggested')).toHaveLength(2);
  });

  it('removes an action', async () => {
    renderEditor([anAction('Book rooms'), anAction('Send minutes')]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Book rooms' }));
    expect(store.getState().workshop?.actions.map((action) => action.title)).toEqual(['Send minutes']);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title of action 1' })),
    );
  });

  const focused = () => document.activeElement;
  const titleOf = (position: number) => screen.getByRole('textbox', { name: `Title of action ${position}` });

  it('puts focus in the title of a new action, by the focus rule', async () => {
    renderEditor([anAction('Book rooms')]);
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(focused()).toBe(titleOf(2)));
  });

  it('after removing a middle action, focuses the next one’s title', async () => {
    renderEditor([anAction('Book rooms'), anAction('Send minutes'), anAction('Brief managers')]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Send minutes' }));
    expect(store.getState().workshop?.actions.map((action) => action.title)).toEqual([
      'Book rooms',
      'Brief managers',
    ]);
    await waitFor(() => expect(focused()).toBe(titleOf(2)));
    expect((titleOf(2) as HTMLInputElement).value).toBe('Brief managers');
  });

  it('after removing the last action, focuses the previous one’s title', async () => {
    renderEditor([anAction('Book rooms'), anAction('Send minutes')]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Send minutes' }));
    await waitFor(() => expect(focused()).toBe(titleOf(1)));
    expect((titleOf(1) as HTMLInputElement).value).toBe('Book rooms');
  });

  it('after removing the only action, focuses “Add action”', async () => {
    renderEditor([anAction('Book rooms')]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Book rooms' }));
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Add action' })));
  });
});
