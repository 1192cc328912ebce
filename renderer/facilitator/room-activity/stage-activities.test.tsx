import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anAction, fixtureId } from '../../../test/fixtures/builders';
import { aDotVote, aRoomNote, aWritingRound } from '../../../test/fixtures/room-builders';
import { openTestWorkshop, type TestWorkshop } from '../../../test/support/workshop-store';
import type { AgendaStageId } from '../../../shared/workshop/ids';
import type { RoomActivity } from '../../../shared/workshop/room-activities';
import { FocusKeeper } from '../../app/focus/focus-keeper';
import { undo, UNDO_GROUP_MS } from '../../app/store/create-app-store';
import { StageActivities } from './stage-activities';

/** Waits until the next edit is an undo step of its own. */
const nextUndoStep = () => new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 50));

describe('the board and the ranking of a stage', () => {
  let test: TestWorkshop;
  let stageId: AgendaStageId;
  beforeEach(async () => {
    test = await openTestWorkshop('Depot rollout');
    stageId = test.store.getState().workshop?.agenda[0]?.id as AgendaStageId;
    test.store.getState().goToStage(stageId);
  });
  afterEach(() => test.dispose());

  /** The room's activities arrive as facts (no undo step), then the stage's board is drawn. */
  function showActivities(...activities: RoomActivity[]) {
    test.store.getState().recordOutsideFacts((workshop) => ({
      ...workshop,
      roomActivities: activities.map((activity) => ({ ...activity, stageId })),
    }));
    test.render(
      <>
        <FocusKeeper />
        <StageActivities />
      </>,
    );
  }

  const notesOnFile = () => test.store.getState().workshop?.roomActivities[0]?.notes ?? [];
  const card = (words: string) => {
    const found = screen.getAllByText(words).find((element) => element.matches('.note-card__text'));
    const item = found?.closest('li');
    if (item === null || item === undefined) throw new Error(`No card says ${words}.`);
    return item as HTMLElement;
  };
  /** Opens a card's menu and picks a choice, as the keyboard does (Enter on the menu, Enter on the choice). */
  const choose = (words: string, menu: string, choice: string) => {
    fireEvent.click(within(card(words)).getByText(menu));
    fireEvent.click(within(card(words)).getByRole('button', { name: choice }));
  };

  it('groups from the keyboard menus, renames the group, and undo takes the grouping back, never the notes', async () => {
    showActivities(
      aWritingRound({
        notes: [aRoomNote('n1', 'Depot Wi-Fi drops'), aRoomNote('n2', 'No printer at depot 4')],
      }),
    );
    await nextUndoStep();
    choose('Depot Wi-Fi drops', 'Move to group…', 'Move to a new group');
    const name = await screen.findByRole('textbox', { name: 'Name of the group' });
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.change(name, { target: { value: 'Network' } });
    await nextUndoStep();
    choose('No printer at depot 4', 'Move to group…', 'Move to “Network”');
    const network = screen.getByRole('region', { name: 'Network' });
    expect(within(network).getByText('No printer at depot 4')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(card('No printer at depot 4')).getByText('Move to group…')),
    );

    act(() => undo(test.store));
    const [wifi, printer] = notesOnFile();
    expect(wifi?.groupId).not.toBeNull();
    expect(printer?.groupId).toBeNull();
    expect(notesOnFile()).toHaveLength(2);
    expect(
      within(screen.getByRole('region', { name: 'Not grouped' })).getByText('No printer at depot 4'),
    ).toBeTruthy();
  });

  it('hides a note without deleting it and turns another into a risk that remembers the room', async () => {
    showActivities(
      aWritingRound({ notes: [aRoomNote('n1', 'Depot Wi-Fi drops'), aRoomNote('n2', 'Rude remark')] }),
    );
    fireEvent.click(within(card('Rude remark')).getByRole('button', { name: 'Hide' }));
    expect(within(card('Rude remark')).getByText('Hidden from the room')).toBeTruthy();
    expect(within(card('Rude remark')).queryByText('Turn into…')).toBeNull();
    expect(notesOnFile().find((note) => note.text === 'Rude remark')?.hidden).toBe(true);

    choose('Depot Wi-Fi drops', 'Turn into…', 'a risk');
    const risks = test.store.getState().workshop?.risks ?? [];
    expect(risks.map((risk) => risk.title)).toEqual(['Depot Wi-Fi drops']);
    expect(notesOnFile()[0]?.record).toEqual({ kind: 'risk', id: risks[0]?.id });
    expect(within(card('Depot Wi-Fi drops')).getByText('Now a risk')).toBeTruthy();
  });

  it('sets the actions’ priority from the ranking only once confirmed', () => {
    const actions = ['Train leads', 'Fix Wi-Fi', 'Buy scanners'].map((title, index) =>
      anAction({ id: fixtureId(`action-${index}`), title, priority: 'medium' }),
    );
    test.store.getState().editWorkshop((draft) => {
      draft.actions.push(...actions);
    });
    const items = actions.map((action, index) => ({
      id: fixtureId(`item-${index}`),
      label: action.title,
      actionId: action.id,
    }));
    showActivities(aDotVote(items, [4, 9, 0]));
    const ranking = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(ranking).toEqual(['Fix Wi-Fi9 dots', 'Train leads4 dots', 'Buy scanners0 dots']);

    fireEvent.click(screen.getByRole('button', { name: 'Set priorities from this ranking' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const priorities = () => test.store.getState().workshop?.actions.map((action) => action.priority);
    expect(priorities()).toEqual(['medium', 'medium', 'medium']);
    fireEvent.click(screen.getByRole('button', { name: 'Set priorities from this ranking' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, set the priorities' }));
    expect(priorities()).toEqual(['medium', 'high', 'low']);
    expect(screen.getByRole('status').textContent).toContain('Priorities set from the ranking');
  });
});
